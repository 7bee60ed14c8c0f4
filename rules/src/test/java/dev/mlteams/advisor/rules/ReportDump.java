package dev.mlteams.advisor.rules;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.report.AdviceJson;
import dev.mlteams.advisor.report.AdviceMarkdown;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Prints the JSON and Markdown reports of one company in English and Chinese; run in a fresh JVM
 * by {@link FreshJvmDeterminismTest} to show the reports never depend on the platform.
 */
public final class ReportDump {

    private ReportDump() {
    }

    static void dump(PrintStream out) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Advice advice = Advisor.recommend(Companies.bank(), locale);
            // print, not println: the separators between reports must not depend on the platform either.
            out.print(AdviceJson.write(advice));
            out.print(AdviceMarkdown.render(advice, Advisor.defaults()));
        }
        out.flush();
    }

    public static void main(String[] args) {
        dump(new PrintStream(System.out, false, StandardCharsets.UTF_8));
    }
}
