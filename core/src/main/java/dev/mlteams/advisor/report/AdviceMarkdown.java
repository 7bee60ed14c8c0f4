package dev.mlteams.advisor.report;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.CandidateAdvice;
import dev.mlteams.advisor.advice.ArchetypeCall;
import dev.mlteams.advisor.advice.ArchetypeScore;
import dev.mlteams.advisor.advice.ArchetypeVote;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.Explanation;
import dev.mlteams.advisor.advice.HiringPlan;
import dev.mlteams.advisor.advice.InterviewLoop;
import dev.mlteams.advisor.advice.Message;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.advice.Practice;
import dev.mlteams.advisor.advice.Risk;
import dev.mlteams.advisor.advice.Roadmap;
import dev.mlteams.advisor.advice.RoleTarget;
import dev.mlteams.advisor.advice.RuleSetStamp;
import dev.mlteams.advisor.advice.TeamDesign;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.CandidateTopic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A Markdown report of an {@link Advice}: the archetype with its evidence, the team design with a
 * Mermaid diagram of the recommended team, the hiring plan, practices, risks with mitigations, the
 * roadmap to the next archetype, and warnings about the input, if any.
 * Every item has a footnote with the rule, each knowledge ID with its title, and the evidence.
 * Headings are in the advice's language. The output depends only on the advice and the advisor's
 * texts, so the same advice always gives the same bytes. Text from the profile and the rule set (the
 * company's name, messages, rule names, knowledge titles, evidence) shows as written: it is escaped,
 * never read as CommonMark Markdown, HTML or a link (a renderer that links bare addresses such as
 * {@code www.example.com} still may), and a line break in it becomes a space.
 */
public final class AdviceMarkdown {

    private final ReportTexts texts;
    private final StringBuilder out = new StringBuilder();
    private final Map<Explanation, Integer> notes = new LinkedHashMap<>();

    private AdviceMarkdown(Advisor advisor, java.util.Locale locale) {
        this.texts = new ReportTexts(advisor, locale);
    }

    /**
     * The report for {@code advice}; {@code advisor} supplies knowledge titles in the advice's language.
     *
     * @param advice  the advice to report; not null
     * @param advisor the advisor whose texts translate the knowledge titles; not null
     * @return the Markdown text, lines ending in {@code \n}
     * @throws NullPointerException if an argument is null
     */
    public static String render(Advice advice, Advisor advisor) {
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(advisor, "advisor");
        return new AdviceMarkdown(advisor, advice.locale()).report(advice);
    }

    /**
     * The report for a job candidate's advice.
     *
     * @param advice  the candidate's advice to report; not null
     * @param advisor the advisor whose texts translate the knowledge titles; not null
     * @return the Markdown text, lines ending in {@code \n}
     * @throws NullPointerException if an argument is null
     */
    public static String render(CandidateAdvice advice, Advisor advisor) {
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(advisor, "advisor");
        return new AdviceMarkdown(advisor, advice.locale()).candidateReport(advice);
    }

    private String report(Advice advice) {
        String name = MarkdownText.plain(advice.profile().name());
        line("# " + texts.get("title", name));
        line();
        line(texts.get("company", name, texts.name(advice.profile().industry()), advice.profile().headcount()) + "  ");
        ruleSet(advice.ruleSet());
        archetype(advice);
        design(advice.teamDesign(), advice);
        hiring(advice.hiringPlan());
        section("section.practices");
        list(advice.practices().stream().map(p -> (Explained) p).toList(),
                p -> texts.get("item.labelled", "**" + texts.name(((Practice) p).area()) + "**", text(p.message())));
        risks(advice.risks());
        roadmap(advice.roadmap());
        if (!advice.warnings().isEmpty()) {
            section("section.warnings");
            list(new ArrayList<>(advice.warnings()), w -> text(w.message()));
        }
        footnotes();
        return out.toString();
    }

    private String candidateReport(CandidateAdvice advice) {
        line("# " + texts.get("candidate.title", texts.name(advice.profile().targetRole())));
        line();
        ruleSet(advice.ruleSet());
        for (CandidateTopic topic : CandidateTopic.values()) {
            List<Explained> tips = advice.tips().stream().filter(t -> t.topic() == topic)
                    .map(t -> (Explained) t).toList();
            if (!tips.isEmpty()) {
                line();
                line("## " + texts.name(topic));
                line();
                list(tips, t -> text(t.message()));
            }
        }
        footnotes();
        return out.toString();
    }

    private void ruleSet(RuleSetStamp stamp) {
        line("_" + texts.get("ruleSet", MarkdownText.plain(stamp.name()), MarkdownText.plain(stamp.version()),
                MarkdownText.plain(stamp.shortHash())) + "_");
    }

    private void archetype(Advice advice) {
        section("section.archetype");
        ArchetypeCall primary = advice.archetype().primary();
        line(texts.get("archetype.primary", texts.name(primary.archetype()), primary.confidencePercent(),
                text(primary.message())) + note(primary));
        evidence(advice, primary.archetype());
        advice.archetype().alternative().ifPresent(alternative -> {
            line();
            line(texts.get("archetype.alternative", texts.name(alternative.archetype()),
                    alternative.confidencePercent(), text(alternative.message())) + note(alternative));
            evidence(advice, alternative.archetype());
        });
        // The weaker evidence too, so that every vote is in the report.
        advice.archetype().scores().stream().map(ArchetypeScore::archetype)
                .filter(a -> a != primary.archetype()
                        && advice.archetype().alternative().map(ArchetypeCall::archetype).orElse(null) != a)
                .filter(a -> !advice.archetype().evidenceFor(a).isEmpty())
                .forEach(a -> evidence(advice, a));
    }

    private void evidence(Advice advice, Archetype archetype) {
        line();
        line(texts.get("archetype.evidence", texts.name(archetype)));
        line();
        for (ArchetypeVote vote : advice.archetype().evidenceFor(archetype)) {
            line("- +" + vote.weight() + " " + text(vote.message()) + note(vote));
        }
    }

    private void design(TeamDesign design, Advice advice) {
        section("section.design");
        line("### " + texts.get("design.diagram"));
        line();
        line("```mermaid");
        line("graph TD");
        line("  team[\"" + mermaid(texts.get("diagram.team", texts.name(advice.archetype().primary().archetype())))
                + "\"]");
        line("  lead[\"" + mermaid(texts.name(design.reportingLine().recommended())) + "\"]");
        line("  team -->|" + mermaid(texts.get("diagram.reports")) + "| lead");
        for (RoleTarget target : design.roleMix()) {
            String id = "role_" + target.role().name();
            line("  " + id + "[\"" + mermaid(texts.name(target.role()) + " · " + texts.name(target.emphasis())) + "\"]");
            line("  team --- " + id);
        }
        line("  data[(\"" + mermaid(texts.get("diagram.data", texts.name(design.dataOwnership().stance()))) + "\")]");
        line("  models[[\"" + mermaid(texts.get("diagram.models", texts.name(design.modelOwnership().stance())))
                + "\"]]");
        line("  team -.- data");
        line("  team -.- models");
        line("```");
        line();
        line("### " + texts.get("design.dimensions"));
        line();
        line("| " + texts.get("design.dimension") + " | " + texts.get("design.recommendation") + " |");
        line("|---|---|");
        row(texts.get("design.engineering"), design.engineeringVsResearch());
        row(texts.get("design.data"), design.dataOwnership());
        row(texts.get("design.model"), design.modelOwnership());
        row(texts.get("design.reporting"), design.reportingLine());
        line();
        line("### " + texts.get("design.roles"));
        line();
        list(design.roleMix().stream().map(r -> (Explained) r).toList(), r -> texts.get("item.role",
                texts.name(((RoleTarget) r).role()), texts.name(((RoleTarget) r).emphasis()), text(r.message())));
        if (!design.collaboration().isEmpty()) {
            line();
            line("### " + texts.get("design.collaboration"));
            line();
            list(new ArrayList<>(design.collaboration()), c -> text(c.message()));
        }
    }

    /** The heading {@code labelKey}, then {@code text}, with the language's own punctuation between. */
    private String labelled(String labelKey, String text) {
        return texts.get("item.labelled", texts.get(labelKey), text);
    }

    private void row(String label, Explained item) {
        line("| " + label + " | " + text(item.message()) + note(item) + " |");
    }

    private void hiring(HiringPlan plan) {
        section("section.hiring");
        if (plan.positions().isEmpty()) {
            line(texts.get("hiring.none"));
        } else {
            line("### " + texts.get("hiring.positions"));
            line();
            for (Position position : plan.positions()) {
                line(position.priority() + ". " + texts.get("item.labelled", "**" + texts.get("hiring.position",
                        position.count(), texts.name(position.seniority()), texts.name(position.role())) + "**",
                        text(position.message())) + note(position));
                position.mustHave().forEach(s -> line("   - " + labelled("hiring.mustHave", text(s.message()))
                        + note(s)));
                position.niceToHave().forEach(s -> line("   - " + labelled("hiring.niceToHave", text(s.message()))
                        + note(s)));
            }
            line();
            line("### " + texts.get("hiring.sourcing"));
            line();
            plan.sourcing().forEach(s -> line("- " + texts.get("item.source", texts.name(s.role()),
                    texts.name(s.channel()), text(s.message())) + note(s)));
            line();
            line("### " + texts.get("hiring.interviews"));
            for (InterviewLoop loop : plan.interviewLoops()) {
                line();
                line("**" + texts.name(loop.role()) + "**");
                line();
                loop.strengths().forEach(c -> line("- " + labelled("hiring.validate", text(c.message())) + note(c)));
                loop.minimumBar().forEach(c -> line("- " + labelled("hiring.minimumBar", text(c.message())) + note(c)));
                loop.assessments().forEach(a -> line("- " + labelled("hiring.assessments",
                        texts.get("hiring.assessment", texts.name(a.type()), text(a.message()))) + note(a)));
            }
        }
        if (!plan.attraction().isEmpty()) {
            line();
            line("### " + texts.get("hiring.attraction"));
            line();
            list(new ArrayList<>(plan.attraction()), a -> text(a.message()));
        }
        if (!plan.market().isEmpty()) {
            line();
            line("### " + texts.get("hiring.market"));
            line();
            list(new ArrayList<>(plan.market()), m -> text(m.message()));
        }
    }

    private void risks(List<Risk> risks) {
        section("section.risks");
        if (risks.isEmpty()) {
            line(texts.get("none"));
            return;
        }
        line("| " + texts.get("risk.risk") + " | " + texts.get("risk.mitigation") + " |");
        line("|---|---|");
        for (Risk risk : risks) {
            line("| " + text(risk.message()) + note(risk) + " | " + text(risk.mitigation()) + " |");
        }
    }

    private void roadmap(Roadmap roadmap) {
        section("section.roadmap");
        for (Archetype target : roadmap.targets()) {
            line("### " + texts.get("roadmap.toward", texts.name(target)));
            line();
            list(roadmap.steps().stream().filter(s -> s.target() == target).map(s -> (Explained) s).toList(),
                    s -> text(s.message()));
            line();
        }
        roadmap.notes().forEach(n -> line(text(n.message()) + note(n)));
    }

    private void footnotes() {
        section("section.explanations");
        notes.forEach((why, number) -> line("[^" + number + "]: " + explain(why)));
    }

    private String explain(Explanation why) {
        // The mark goes beside each derived item: after the last title, it read as that item's.
        String sources = why.sources().stream()
                .map(s -> MarkdownText.plain(s.id()) + " " + MarkdownText.plain(texts.title(s))
                        + (s.derived() ? texts.get("why.derived") : ""))
                .reduce((first, next) -> texts.get("why.sources", first, next)).orElse("");
        return texts.get("why.rule", MarkdownText.plain(why.rule())) + " · " + sources + " · "
                + labelled("why.evidence", why.evidence().stream().map(AdviceMarkdown::evidence)
                        .collect(Collectors.joining(", ")));
    }

    private static String evidence(Evidence e) {
        String basis = e.basis().stream().map(Evidence::toString).collect(Collectors.joining(", "));
        return MarkdownText.code(e.name() + " = " + e.value())
                + (basis.isEmpty() ? "" : " (" + MarkdownText.plain(basis) + ")");
    }

    /** A footnote reference; items sharing an explanation share the footnote. */
    private String note(Explained item) {
        int number = notes.computeIfAbsent(item.explanation(), e -> notes.size() + 1);
        return "[^" + number + "]";
    }

    private void list(List<Explained> items, java.util.function.Function<Explained, String> text) {
        if (items.isEmpty()) {
            line(texts.get("none"));
        }
        items.forEach(item -> line("- " + text.apply(item) + note(item)));
    }

    private void section(String key) {
        line();
        line("## " + texts.get(key));
        line();
    }

    /** The rule set's text: a company's own wording may hold anything, "|" in a table cell included. */
    private static String text(Message message) {
        return MarkdownText.plain(message.text());
    }

    private static String mermaid(String text) {
        return text.replace("\"", "#quot;").replace("|", "#124;");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void line() {
        out.append('\n');
    }
}
