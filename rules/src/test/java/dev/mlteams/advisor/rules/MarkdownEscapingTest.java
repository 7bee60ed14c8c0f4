package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.knowledge.ArticleStep;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import dev.mlteams.advisor.report.AdviceMarkdown;
import java.util.ListResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Text from the profile and from a company's own rules shows as written in the Markdown report: a
 * host that renders it to HTML gets no HTML, links or formatting from it.
 */
class MarkdownEscapingTest {

    private static final OrgProfile COMPANY = Companies.bank().toBuilder()
            .name("Größe <b>Corp</b> | *x* `tick` [l](http://e)").build();
    private static final String ESCAPED_NAME = "Größe \\<b\\>Corp\\</b\\> \\| \\*x\\* \\`tick\\` [l\\](http://e)";

    private static final String RULE = CustomRulesTest.HEADER + """
            rule "acme: *loud* <i>rule</i>"
                @source("ACME-1")
                ruleflow-group "advise"
            when
                OrgProfile( $name : name )
            then
                advise.practice(PracticeArea.PEOPLE, "acme.hello", $name);
            end
            """;

    @Test
    void theCompanysNameIsTextInTheHeadingAndTheCompanyLine() {
        String markdown = AdviceMarkdown.render(Advisor.recommend(COMPANY), Advisor.defaults());

        assertTrue(markdown.startsWith("# ML team advice: " + ESCAPED_NAME + "\n\n"
                + ESCAPED_NAME + ": financial services, 45,000 people  \n"), markdown);
    }

    @Test
    void aCompanysOwnTextsAreTextWhereverTheyLand() {
        Advisor advisor = Advisor.builder().name("acme <b>").version("1_0_").addRules("acme.drl", RULE)
                .addKnowledge(new KnowledgeItem("ACME-1", ArticleStep.HIRING, false, "See [this](http://e) <img>"))
                .addMessages(new ListResourceBundle() {
                    @Override
                    protected Object[][] getContents() {
                        return new Object[][] {{"acme.hello", "# Hello {0}\n- <b>listed</b>"}};
                    }
                }).build();

        String markdown = AdviceMarkdown.render(advisor.advise(COMPANY), advisor);

        assertTrue(markdown.contains("\n_Rule set acme \\<b\\> 1_0\\_ ("), markdown);
        String practice = markdown.lines().filter(l -> l.contains("Hello")).findFirst().orElseThrow();
        assertTrue(practice.startsWith("- **People**: \\# Hello " + ESCAPED_NAME + " - \\<b\\>listed\\</b\\>[^"),
                practice);
        String footnote = markdown.lines().filter(l -> l.contains("acme: ")).findFirst().orElseThrow();
        // In a code span only the backticks need care: a longer fence.
        assertEquals(footnote.substring(0, footnote.indexOf(' '))
                + " rule “acme: \\*loud\\* \\<i\\>rule\\</i\\>” · ACME-1 See [this\\](http://e) \\<img\\>"
                + " · evidence: ``name = Größe <b>Corp</b> | *x* `tick` [l](http://e)``", footnote);
    }

    @Test
    void aRewordedDesignTextIsTextInItsTableCell() {
        String key = Advisor.recommend(COMPANY).teamDesign().reportingLine().message().key();
        Advisor advisor = Advisor.builder().addMessages(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{key, "Report to the <b>CTO</b> | *now*"}};
            }
        }).build();

        String markdown = AdviceMarkdown.render(advisor.advise(COMPANY), advisor);

        assertTrue(markdown.contains(" | Report to the \\<b\\>CTO\\</b\\> \\| \\*now\\*[^"), markdown);
    }

    @Test
    void evidenceAnItemWasDerivedFromIsTextInTheFootnote() {
        // A second rule matches the practice, whose own evidence is the company's name.
        Advisor advisor = Advisor.builder().addRules("acme.drl", RULE + """
                rule "acme: echo"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    $hello : Practice( message.key == "acme.hello" )
                then
                    advise.practice(PracticeArea.PLANNING, "acme.echo");
                end
                """).addKnowledge(new KnowledgeItem("ACME-1", ArticleStep.HIRING, false, "Acme"))
                .addMessages(new ListResourceBundle() {
                    @Override
                    protected Object[][] getContents() {
                        return new Object[][] {{"acme.hello", "Hello {0}."}, {"acme.echo", "Echo."}};
                    }
                }).build();

        String markdown = AdviceMarkdown.render(advisor.advise(COMPANY), advisor);

        String footnote = markdown.lines().filter(l -> l.contains("acme: echo")).findFirst().orElseThrow();
        assertTrue(footnote.endsWith(" · evidence: `Practice = acme.hello` (name=" + ESCAPED_NAME + ")"), footnote);
    }
}
