package dev.omsteps.sim;

import dev.omsteps.sim.scenario.ErrorDetailView;
import java.util.List;

/**
 * The application errors real OMS sends, HTTP 200 with {@code Success: false}, when it is busy for a while and a
 * client should simply ask again: codes from the official OceanBasePro metadata's ErrorCode values, and the
 * self-hosted answer captured in oceanbase/odc's {@code OmsClientTest} ({@code badResponseBody}).
 */
final class TransientErrors {

    static final List<ErrorDetailView> ALL = List.of(
            new ErrorDetailView("INNER_ERROR", "ERROR", "A system error occurred.", null, null, "Contact the administrator. "),
            new ErrorDetailView("TIMEOUT_EXCEPTION", "ERROR", "The request timed out.", null, null, "Try again later."),
            new ErrorDetailView("GHANA-OPERIE000000", "ERROR", "传输实例正在创建中，通常需要 5~10 分钟，请稍后重试。", null, null, null));

    private TransientErrors() {
    }
}
