/** Registers `<cooperation-timeline>` and the elements it renders (no-ops when already registered). */
import { CooperationTimeline } from '../components/cooperation-timeline/cooperation-timeline.js';

CooperationTimeline.define();

export { CooperationTimeline };
