package io.github.migrationtest.cycle.b;

/** Refers back to a, by its qualified name. */
class B {
    io.github.migrationtest.cycle.a.A a; // io.github.migrationtest.cycle.c.C in a comment is no edge
}
