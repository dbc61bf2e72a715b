/**
 * `npm run bench:optimizer`: does fitting FSRS parameters to a student's history predict their recall better than
 * the defaults? Simulates learners whose memory follows FSRS-6 with weights unlike the defaults
 * (lib/study/simulate-learner.ts), fits on 80 % of the cards' histories and compares log loss and binned RMSE on
 * the other 20 % (held out) for the default, fitted and true weights. Deterministic (seeded).
 */
import { default_w } from "ts-fsrs";
import { evaluateParameters, fitParameters, toBindingItems } from "../lib/study/fit-parameters";
import { simulateLearner, splitByCard, TRUE_PARAMETERS } from "../lib/study/simulate-learner";
import { toReviewSequences } from "../lib/study/to-review-sequences";

type Scenario = { name: string; seed: number; cards: number; newCardsPerDay: number; days: number };

const scenarios: Scenario[] = [
  { name: "1 year, 2,000 cards", seed: 1, cards: 2000, newCardsPerDay: 20, days: 365 },
  { name: "1 year, 2,000 cards", seed: 2, cards: 2000, newCardsPerDay: 20, days: 365 },
  { name: "1 year, 2,000 cards", seed: 3, cards: 2000, newCardsPerDay: 20, days: 365 },
  { name: "3 months, 600 cards", seed: 4, cards: 600, newCardsPerDay: 10, days: 90 },
  { name: "3 weeks, 150 cards", seed: 5, cards: 150, newCardsPerDay: 10, days: 21 },
];

const fmt = (x: number | undefined) => (x === undefined ? "n/a" : x.toFixed(4));

async function main() {
  console.log("FSRS optimizer: default vs fitted weights on held-out simulated reviews (20 % of cards)\n");
  console.log(
    ["scenario", "seed", "reviews", "train items", "test items", "fit ms", "fitted?", "LL default", "LL fitted", "LL true", "RMSE default", "RMSE fitted", "RMSE true"].join(" | "),
  );
  for (const s of scenarios) {
    const sim = simulateLearner({
      seed: s.seed,
      cards: s.cards,
      newCardsPerDay: s.newCardsPerDay,
      days: s.days,
      start: new Date("2025-01-06T00:00:00Z"),
    });
    const { train, test } = splitByCard(sim.cardIds, sim.reviews, 0.2, s.seed + 1000);
    const t0 = performance.now();
    const fit = await fitParameters(train, { utcOffsetMinutes: 0 });
    const fitMs = performance.now() - t0;
    const testItems = toBindingItems(toReviewSequences(test, 0));
    const d = evaluateParameters(testItems, default_w);
    const f = evaluateParameters(testItems, fit.parameters);
    const t = evaluateParameters(testItems, TRUE_PARAMETERS);
    console.log(
      [s.name, s.seed, sim.reviews.length, fit.trainingItems, testItems.length, Math.round(fitMs), fit.fitted ? "yes" : `no (${fit.reason})`,
        fmt(d?.logLoss), fmt(f?.logLoss), fmt(t?.logLoss), fmt(d?.rmseBins), fmt(f?.rmseBins), fmt(t?.rmseBins)].join(" | "),
    );
    if (process.argv.includes("--weights") && fit.fitted) {
      console.log("  fitted:", fit.parameters.map((x) => x.toFixed(3)).join(", "));
    }
  }
  console.log("\ntrue weights:   ", TRUE_PARAMETERS.join(", "));
  console.log("default weights:", default_w.join(", "));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
