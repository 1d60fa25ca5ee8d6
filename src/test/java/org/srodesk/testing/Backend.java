package org.srodesk.testing;

/**
 * The two database back ends every persistence and service test runs on: the embedded H2 of one
 * desk, and the PostgreSQL server several desks share (a real PostgreSQL 17 the tests start).
 * Parameterise a test class with {@code @ParameterizedClass @EnumSource(Backend.class)} and open
 * its database with {@link TestDatabases#open(Backend, String)}.
 */
public enum Backend {
    H2,
    POSTGRESQL
}
