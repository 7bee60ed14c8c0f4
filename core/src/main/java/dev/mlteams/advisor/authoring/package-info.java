/**
 * What rule authors write against: the {@code advise} global, the derived {@link
 * dev.mlteams.advisor.authoring.Signal} fact, the {@link dev.mlteams.advisor.authoring.Phase}
 * phases and small helpers.
 *
 * <h2>How a rule file looks</h2>
 * <pre>{@code
 * package com.example.rules;
 * import dev.mlteams.advisor.OrgProfile;
 * import dev.mlteams.advisor.vocabulary.*;
 * global dev.mlteams.advisor.authoring.Advise advise;
 * dialect "mvel"
 *
 * rule "regulated industry: hire a risk reviewer"
 *     @source("C1")                          // knowledge IDs, required
 *     ruleflow-group "advise"                  // the phase the rule runs in
 * when
 *     OrgProfile( $industry : industry == Industry.HEALTHCARE )   // bind what you test: it becomes evidence
 * then
 *     advise.practice(PracticeArea.PEOPLE, "practice.risk-reviewer", $industry);
 * end
 * }</pre>
 *
 * <p>Every value a rule binds ({@code $industry} above) and every derived fact or advice item it
 * matches becomes evidence in the explanation of what it produces. A rule whose output has no
 * evidence is an error, so bind the profile fields a rule tests.
 */
package dev.mlteams.advisor.authoring;
