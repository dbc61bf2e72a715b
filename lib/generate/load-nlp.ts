/** The one wink-nlp instance (English lite model), created on first use. */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type WinkInstance = ReturnType<typeof winkNLP>;
let instance: WinkInstance | null = null;

export function loadNlp(): WinkInstance {
  if (!instance) instance = winkNLP(model);
  return instance;
}
