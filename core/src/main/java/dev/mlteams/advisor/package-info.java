/**
 * ML Team Advisor's front door.
 *
 * <p>Build an {@link dev.mlteams.advisor.OrgProfile}, call
 * {@link dev.mlteams.advisor.Advisor#recommend(OrgProfile)}, and read the
 * {@link dev.mlteams.advisor.Advice}: the company's archetype, a team design, a hiring plan,
 * practices, risks and warnings, each item explained by the rule, knowledge IDs and evidence behind it.
 *
 * <p>Packages: {@code vocabulary} holds the enums profiles and advice use; {@code advice} the
 * result records; {@code knowledge} the catalogue of cited knowledge; {@code authoring} what rule
 * files are written against; {@code report} Markdown and JSON reports; {@code analysis} comparing
 * advice and asking why an item was not given; {@code scenarios} scenario-file tests for rule
 * authors. {@code internal} is not API: do not depend on it.
 */
package dev.mlteams.advisor;
