package dev.clearance.terms;

import java.util.Locale;
import java.util.regex.Pattern;

/** Case-insensitive glob on model names: {@code *} matches any run of characters, {@code ?} one character. */
final class Glob {
    private final String text;
    private final Pattern pattern;

    Glob(String glob) {
        this.text = glob;
        StringBuilder re = new StringBuilder();
        for (char c : glob.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.pattern = Pattern.compile(re.toString());
    }

    boolean matches(String name) {
        return pattern.matcher(name.strip().toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
