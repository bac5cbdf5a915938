package io.github.migrationtest.cycle.a;

import io.github.migrationtest.cycle.b.B;

/** Refers to b, which refers back. */
class A {
    B b;
}
