package io.github.migrationtest.testing;

import static java.util.regex.Pattern.quote;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Whole messages in which only {@link #N} stands for a number that truly varies (a count, milliseconds). */
public final class Template {

    public static final String N = "<n>";

    private Template() {
    }

    /** Asserts that {@code actual} is {@code template} with a number (digits, maybe with thousands commas) at each {@link #N}. */
    public static Matcher assertMatches(String actual, String template) {
        String regex = Arrays.stream(template.split(quote(N), -1)).map(Pattern::quote).collect(Collectors.joining("(\\d[\\d,]*)"));
        Matcher m = Pattern.compile(regex).matcher(actual);
        assertThat(m.matches()).as("message:%n%s%ndoes not match:%n%s", actual, template).isTrue();
        return m;
    }
}
