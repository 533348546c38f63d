package app.pos.kernel.stock;

public enum MovementType {
    RESTOCK, SALE, RETURN, ADJUSTMENT, TRANSFER, COUNT
}
