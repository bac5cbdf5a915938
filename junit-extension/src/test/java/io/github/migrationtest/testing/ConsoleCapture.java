package io.github.migrationtest.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/** What a piece of work printed to {@code System.out}, as lines (the extension logs there). */
public final class ConsoleCapture {

    private ConsoleCapture() {
    }

    public record Captured<T>(T result, List<String> lines) {
    }

    public static synchronized <T> Captured<T> of(Supplier<T> work) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            T result = work.get();
            return new Captured<>(result, buffer.toString(StandardCharsets.UTF_8).lines().toList());
        } finally {
            System.setOut(original);
            System.out.print(buffer.toString(StandardCharsets.UTF_8));
        }
    }
}
