package app.pos.kernel.sales;

import java.util.List;

public record ApprovalHistory(List<ApprovalStep> steps) {
}
