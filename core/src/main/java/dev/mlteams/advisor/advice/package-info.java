/**
 * The parts of an {@link dev.mlteams.advisor.Advice}: immutable records, each carrying an
 * {@link dev.mlteams.advisor.advice.Explanation} of the rule, the knowledge IDs and the
 * evidence behind it.
 *
 * <p>A record that rules produce is also inserted into the rule session as a fact when some rule
 * of the rule set has a pattern its type can match, so a later rule can build on an earlier piece
 * of advice; when it does, the earlier item shows up in its evidence. Records of types no pattern
 * can match stay out of the session.
 */
package dev.mlteams.advisor.advice;
