/** Consistency checks in words (src/presentation/checkText.ts), for a reader who does not know the sources. */
import type { AreaCatalogue } from "../area";
import type { checks as reference } from "../vi/checks";

export const checks: AreaCatalogue<typeof reference> = {
  "check.grade.contradiction": "Contradiction",
  "check.grade.missing": "Missing part",
  "check.grade.rounding": "Rounding",
  "check.grade.ok": "Matches",

  "check.sum.ok": "{total}: {stated}, equal to the sum of its parts ({parts}).",
  "check.sum.partsShort": "The source states {stated} {total}, but its parts ({parts}) add up to {computed} ({gap} fewer).",
  "check.sum.partsOver": "The source states {stated} {total}, but its parts ({parts}) add up to {computed} ({gap} more).",
  "check.missing.unstated": "The source states {stated} {total}; {given} make {computed}, but it does not give {absent} ({gap} unaccounted for).",
  "check.missing.exceeds": "The source states {stated} {total}, but {given} alone already make {computed} ({gap} more than the total).",
  "check.levels.ok": "{measure} at all levels of government together: {stated}, equal to the sum of the levels.",
  "check.levels.short": "The source states {stated} {measure} at all levels of government together, but the levels add up to {computed} ({gap} fewer).",
  "check.levels.over": "The source states {stated} {measure} at all levels of government together, but the levels add up to {computed} ({gap} more).",
  "check.list.and": " and ",

  "check.fraction": "{numerator} of {denominator} ({base})",
  "check.percent.ok": "The share {stated} matches {numerator}/{denominator}.",
  "check.percent.complement": "The source states the {what} as {stated}, which is 100% minus {others} (the shares of the other parts); computed directly, {fraction} gives {computed}, because the counts do not add up to the total.",
  "check.percent.rounding": "The source states the {what} as {stated}; {fraction} gives {computed}: less than one unit of the last printed digit apart, a matter of rounding (digits cut off, or rounded twice).",
  "check.percent.contradiction": "The source states the {what} as {stated}, but {fraction} gives {computed}.",
  "check.conflict": "The same source gives two different figures for {what}: {first} (line {firstLine}) and {second} (line {secondLine}).",
  "check.statedSuffix": " (as stated in the report)",

  "check.component.total": "total score",
  "check.component.item": "score of item {code}",
  "check.components.ok": "The {part}, {stated}, equals the sum of its sub-items.",
  "check.components.rounding": "The source gives the {part} as {stated}; its sub-items ({count}) add up to {computed}: the gap is within the rounding of the item scores.",
  "check.components.contradiction": "The source gives the {part} as {stated}, but its sub-items ({count}) add up to {computed}.",
  "check.rankRange": "The source gives rank {rank} of {of}: outside the number of places ranked.",
  "check.max": "The source gives {score} points, more than the maximum of {max}.",
  "check.parPercent.ok": "The share {stated} matches {score} of {max} points.",
  "check.parPercent.mismatch": "The source states {stated}, but {score} of {max} points gives {computed}.",
  "check.rankOrder": "{index} {year}: the ranks do not follow the scores between {a} ({aClaim}) and {b} ({bClaim}).",
};
