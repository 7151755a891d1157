import { CITY_HALL, HOSPITAL_INFERENCE, SMART_FACTORY, UNIVERSITY_RESEARCH } from './mdc-templates';
import { NATIONAL_AI_CENTER } from './national-ai-center';
import { SiteTemplate } from './template';

/** Every bundled template, in the order `aisite init --list` shows them. */
export const TEMPLATES: readonly SiteTemplate[] = [HOSPITAL_INFERENCE, SMART_FACTORY, CITY_HALL, UNIVERSITY_RESEARCH, NATIONAL_AI_CENTER];

export * from './template';
