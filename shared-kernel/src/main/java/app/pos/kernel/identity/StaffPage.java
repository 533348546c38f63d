package app.pos.kernel.identity;

import java.util.List;

public record StaffPage(List<UserAccount> items, long total) {
}
