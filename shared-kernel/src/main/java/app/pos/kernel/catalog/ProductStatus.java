package app.pos.kernel.catalog;

public enum ProductStatus {
    ACTIVE, INACTIVE, DISCONTINUED
}
