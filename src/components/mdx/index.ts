/** The components every lesson may use without importing them. */
import Callout from './Callout.astro';
import Term from './Term.astro';
import Figure from './Figure.astro';
import MessageExample from './MessageExample.astro';
import SandboxTask from './SandboxTask.astro';

export const lessonComponents = { Callout, Term, Figure, MessageExample, SandboxTask };
