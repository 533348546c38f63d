package app.pos.kernel.customers;

import app.pos.kernel.money.Money;

public record CustomerDetails(String name, String phone, String email, String address, Money creditLimit) {
}
