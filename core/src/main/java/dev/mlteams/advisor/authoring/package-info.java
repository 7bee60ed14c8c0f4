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
 *     advise.practice(PracticeArea.PEOPLE, "acme.risk-reviewer", $industry);
 * end
 * }</pre>
 *
 * <p>A rule emits message keys, not prose. {@code acme.risk-reviewer} is not a key of the default
 * messages, so give it texts with {@link dev.mlteams.advisor.Advisor.Builder#addMessages(String)}
 * (as {@code examples/custom-rules} does); a key no bundle has fails the call.
 *
 * <p>Every value a rule binds ({@code $industry} above) and every derived fact or advice item it
 * matches becomes evidence in the explanation of what it produces. A rule whose output has no
 * evidence is an error, so bind the profile fields a rule tests.
 */
package dev.mlteams.advisor.authoring;
