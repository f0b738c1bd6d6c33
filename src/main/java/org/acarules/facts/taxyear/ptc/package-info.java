/**
 * Facts of the premium tax credit reconciliation (Form 8962): the return and its coverage periods as
 * given, and the conclusions the rules in rules/ptc/ draw, line by line. Money is BigDecimal; each
 * factory rounds as the form prescribes for its line.
 */
package org.acarules.facts.taxyear.ptc;
