package dev.clearance.cli;

import dev.clearance.domain.RiskLevel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --fail-on}: blocked, high, medium, low or unknown ("clear" would fail every run). */
final class FailOnLevelConverter implements ITypeConverter<RiskLevel> {
    @Override
    public RiskLevel convert(String value) {
        return RiskLevel.parse(value).filter(l -> l != RiskLevel.CLEAR).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a level to fail on; use blocked, high, medium, low or unknown"));
    }
}
