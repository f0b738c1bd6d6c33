package org.acarules.pool.statistics;

/**
 * POST /api/v1/pools/statistics-jobs: what GET /api/v1/pools/statistics takes as query parameters, all optional:
 * {@code ruleset_version} (default active), {@code year}, {@code state}.
 */
public record StatisticsRequest(String rulesetVersion, Integer year, String state) {
}
