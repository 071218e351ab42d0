import { shared, tokens } from '../../styles/tokens.js';
import { choiceStyles } from '../../styles/choices.js';

/** Look of `<tc-decision-stage>`: the journey's shared radio groups, nothing of its own. */
export const decisionStageStyles = [tokens, shared, choiceStyles];
