/**
 * The parts of an {@link dev.mlteams.advisor.Advice}: immutable records, each carrying an
 * {@link dev.mlteams.advisor.advice.Explanation} of the rule, the knowledge IDs and the
 * evidence behind it.
 *
 * <p>The records that rules produce are also inserted into the rule session as facts, so a
 * later rule can build on an earlier piece of advice; when it does, the earlier item shows
 * up in its evidence.
 */
package dev.mlteams.advisor.advice;
