import { describeEveryAnswerSet } from './every-answer';

// One of two parts, so two cores share the work (see every-answer.ts).
describeEveryAnswerSet(2, 2);
