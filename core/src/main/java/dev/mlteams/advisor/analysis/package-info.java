/**
 * Questions about advice: what changes if the profile changes ({@link
 * dev.mlteams.advisor.analysis.AdviceComparison}), and why an item was not given ({@link
 * dev.mlteams.advisor.analysis.WhyNot}).
 */
package dev.mlteams.advisor.analysis;
