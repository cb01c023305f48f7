package dev.clearance.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PassphraseRuleTest {
    private static Optional<String> weakness(String s) {
        return PassphraseRule.weakness(s.toCharArray());
    }

    @Test
    void shortPassphrasesAreRefusedSayingHowLongTheyAre() {
        assertEquals("it has 1 character; use at least 12, e.g. four or more unrelated words", weakness("x").orElseThrow());
        assertTrue(weakness("Tr0ub4dor&3").orElseThrow().startsWith("it has 11 characters"));
        assertTrue(weakness("").isPresent());
    }

    @Test
    void oneKindOfCharacterOrARepeatedPatternIsRefused() {
        assertTrue(weakness("onlylowercaseletters").orElseThrow().contains("only one kind"));
        assertTrue(weakness("000000000000").orElseThrow().contains("only one kind"));
        assertTrue(weakness("ab1ab1ab1ab1ab1").orElseThrow().contains("repeats a pattern of 3 characters"));
        assertTrue(weakness("a a a a a a a ").orElseThrow().contains("repeats a pattern of 2 characters"));
    }

    @Test
    void longPhrasesOfTwoKindsPass() {
        assertTrue(weakness("correct horse battery staple").isEmpty());
        assertTrue(weakness("s3cret passphrase").isEmpty());
        assertTrue(weakness("Überprüfung 2026").isEmpty());
    }
}
