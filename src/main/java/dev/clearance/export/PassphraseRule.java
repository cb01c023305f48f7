package dev.clearance.export;

import java.util.Optional;

/**
 * What a new key store passphrase must be (ADR 0010): at least {@value #MIN_LENGTH} characters, at least two
 * kinds of character (lower-case letters, upper-case letters, digits, anything else such as spaces and
 * punctuation), and not one character or a short pattern repeated ("abcabcabcabc"). A long phrase of words
 * ("correct horse battery staple") passes; "aaaaaaaaaaaa", "123456789012" and "password" do not.
 * It is checked only when a key store is created: an existing key store keeps the passphrase it has.
 */
public final class PassphraseRule {
    public static final int MIN_LENGTH = 12;

    private PassphraseRule() {
    }

    /** Why the passphrase is too weak for a new key store, in a sentence; empty when it will do. */
    public static Optional<String> weakness(char[] passphrase) {
        int length = Character.codePointCount(passphrase, 0, passphrase.length);
        if (length < MIN_LENGTH) {
            return Optional.of("it has " + length + (length == 1 ? " character" : " characters")
                    + "; use at least " + MIN_LENGTH + ", e.g. four or more unrelated words");
        }
        if (kinds(passphrase) < 2) {
            return Optional.of("it uses only one kind of character; mix in another kind "
                    + "(spaces between words, capitals, digits or punctuation)");
        }
        int period = period(passphrase);
        if (period <= 3) {
            return Optional.of("it repeats " + (period == 1 ? "one character" : "a pattern of " + period
                    + " characters") + "; choose a phrase that does not");
        }
        return Optional.empty();
    }

    private static int kinds(char[] s) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < s.length; ) {
            int c = Character.codePointAt(s, i);
            i += Character.charCount(c);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** The length of the shortest pattern whose repetition (the last one may be cut short) is the text. */
    private static int period(char[] s) {
        for (int p = 1; p < s.length; p++) {
            boolean repeats = true;
            for (int i = p; i < s.length && repeats; i++) {
                repeats = Character.toLowerCase(s[i]) == Character.toLowerCase(s[i - p]);
            }
            if (repeats) {
                return p;
            }
        }
        return s.length;
    }
}
