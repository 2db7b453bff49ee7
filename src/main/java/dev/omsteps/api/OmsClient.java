package dev.omsteps.api;

/** What the commands need from an OMS deployment, cloud or self-hosted. */
public interface OmsClient extends AutoCloseable {

    /** One DescribeProjectSteps call (with retries); throws {@link ApiException} when no usable answer came. */
    StepsResult describeProjectSteps(String projectId);

    @Override
    default void close() {
    }
}
