import { BEHAVIOURAL_STAGE } from "../../domain/cards";
import { STAGES } from "../../domain/challenge";

export function stageTitle(stage: string): string {
  if (stage === BEHAVIOURAL_STAGE) return "Behavioural and communication";
  return STAGES.find((s) => s.id === stage)?.title ?? stage;
}
