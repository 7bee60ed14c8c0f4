package dev.mlteams.advisor.examples.custom;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.Practice;
import dev.mlteams.advisor.knowledge.ArticleStep;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import java.io.PrintStream;

/**
 * Acme customises the default rules: it adds a rule, overrides a default rule and disables
 * another, then prints the advice for a regulated company so the three changes show.
 */
public final class AcmeAdvice {

    /** Acme's own knowledge item, cited by its added rule. */
    public static final KnowledgeItem ACME_1 = new KnowledgeItem("ACME-1", ArticleStep.HIRING, false,
            "Regulated firms need someone accountable for model risk");

    /** The default rule Acme switches off: it does not track progress by inputs. */
    public static final String DISABLED_RULE = "practice: measure inputs, not results";

    private AcmeAdvice() {
    }

    /** The default rules plus Acme's: one added rule, one override, one disabled rule. */
    public static Advisor advisor() {
        return Advisor.builder()
                .addClasspathRules("com/acme/advisor/acme.drl")
                .addKnowledge(ACME_1)
                .addMessages("com.acme.advisor.messages")
                .disableRule(DISABLED_RULE)
                .name("acme-advisor")
                .version("2026.11")
                .build();
    }

    /** A regulated company: a health insurer with ML engineers in its product teams. */
    public static OrgProfile healthInsurer() {
        return OrgProfile.builder()
                .name("Acme Health").industry(Industry.HEALTHCARE).headcount(5000)
                .mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                .mlStaff(Role.ML_ENGINEER, 8).mlStaff(Role.DATA_ENGINEER, 2)
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM)
                .plannedHires(4)
                .build();
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Prints the practices for the sample company, each with the rule and rule set behind it. */
    public static void run(PrintStream out) {
        Advice advice = advisor().advise(healthInsurer());
        out.println("Rule set: " + advice.ruleSet());
        out.println("Archetype: " + advice.archetype().primary().message().text());
        out.println("Practices for " + advice.profile().name() + ":");
        for (Practice practice : advice.practices()) {
            out.println("  - " + practice.message().text());
            out.println("      rule \"" + practice.explanation().rule() + "\", knowledge "
                    + String.join(", ", practice.explanation().sourceIds()) + ", evidence "
                    + practice.explanation().evidence());
        }
        out.println("Disabled: \"" + DISABLED_RULE + "\"");
    }
}
