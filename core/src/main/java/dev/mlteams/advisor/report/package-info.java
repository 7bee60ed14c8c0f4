/**
 * Advice for people: {@link dev.mlteams.advisor.report.AdviceMarkdown} renders a Markdown report
 * with a Mermaid team diagram and a footnoted explanation for every item;
 * {@link dev.mlteams.advisor.report.AdviceJson} writes and reads the advice as JSON. Both write in
 * the language the advice was made in.
 */
package dev.mlteams.advisor.report;
