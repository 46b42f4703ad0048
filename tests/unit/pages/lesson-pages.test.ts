import { describe, expect, it } from 'vitest';
import { lessonPageModel, type LessonPageInput } from '#pages/[...lang]/courses/[course]/_lesson-page.ts';
import { quizPageModel, resultPageModel, resultRedirect, type GradedQuiz, type ResultPageInput } from '#pages/[...lang]/courses/[course]/[lesson]/_quiz-page.ts';
import { quizSchema, type Quiz } from '#lib/content/schema.ts';
import type { CourseSummary } from '#lib/courses/catalogue.ts';

const quiz: Quiz = quizSchema.parse({
  passPercent: 80,
  draw: 2,
  questions: ['q1', 'q2', 'q3', 'q4'].map((id) => ({
    id,
    type: 'single',
    prompt: { zh: `题目 ${id}`, en: `Question ${id}` },
    options: [
      { id: 'a', text: { zh: '甲', en: 'A' } },
      { id: 'b', text: { zh: '乙', en: 'B' } },
    ],
    answer: ['a'],
    explanation: { zh: `解析 ${id}` },
  })),
});
const title = (zh: string, en: string) => ({ zh, en });
const course: CourseSummary = {
  id: 'demo',
  data: { title: title('演示课程', 'Demo course') } as CourseSummary['data'],
  lessons: [
    { id: 'demo/01-one', slug: '01-one', order: 1, title: title('第一课', 'One'), minutes: 10, hasQuiz: false, skills: [] },
    { id: 'demo/02-two', slug: '02-two', order: 2, title: title('第二课', 'Two'), minutes: 10, hasQuiz: true, skills: [] },
  ],
};
const lesson = course.lessons[1]!;

function lessonInput(over: Partial<LessonPageInput> = {}): LessonPageInput {
  return {
    locale: 'zh-CN',
    lessonId: lesson.id,
    data: { title: lesson.title, summary: title('摘要', 'Summary'), minutes: 12, objectives: [title('目标', 'Goal')], sources: ['海关总署公告'], sandboxRules: [], quiz },
    course,
    english: false,
    headings: [
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'b', text: 'B' },
    ],
    opsTasks: [],
    ...over,
  };
}

describe('lesson page model', () => {
  it('links to the quiz page with the quiz’s own pass mark and draw, instead of embedding the quiz', () => {
    const m = lessonPageModel(lessonInput());
    expect(m.quiz?.href).toBe('/courses/demo/02-two/quiz');
    expect(m.quiz?.lead).toContain('80%');
    expect(m.quiz?.about).toContain('4');
    expect(m.quiz?.about).toContain('2');
    expect(JSON.stringify(m)).not.toContain('题目 q1');
    expect(lessonPageModel(lessonInput({ locale: 'en' })).quiz).toMatchObject({ href: '/en/courses/demo/02-two/quiz', about: 'Each attempt asks 2 questions drawn from a bank of 4, in a new order.' });
  });

  it('shapes the rest of the page: neighbours, table of contents, body language', () => {
    const m = lessonPageModel(lessonInput({ locale: 'en' }));
    expect(m.prev).toEqual({ href: '/en/courses/demo/01-one', title: 'One' });
    expect(m.next).toBeNull();
    expect(m.toc.map((h) => h.slug)).toEqual(['a']);
    expect(m).toMatchObject({ title: 'Two', bodyLang: 'zh-CN', zhOnly: true, course: { href: '/en/courses/demo', title: 'Demo course' } });
    expect(lessonPageModel(lessonInput({ locale: 'en', english: true }))).toMatchObject({ bodyLang: 'en', zhOnly: false });
    expect(lessonPageModel(lessonInput({ data: { ...lessonInput().data, quiz: undefined } })).quiz).toBeUndefined();
  });
});

describe('quiz page model', () => {
  it('shows the paper without its key', () => {
    const asked = { ...quiz, questions: [quiz.questions[2]!, quiz.questions[0]!] };
    const m = quizPageModel({ locale: 'zh-CN', course, lesson, quiz, paper: { id: 'p'.repeat(20), quiz: asked, createdAt: new Date() } });
    expect(m.paper).toMatchObject({ paperId: 'p'.repeat(20), bankSize: 4, passPercent: 80 });
    expect(m.paper.questions.map((q) => q.id)).toEqual(['q3', 'q1']);
    expect(JSON.stringify(m)).not.toMatch(/answer|explanation|解析/);
  });
});

describe('result page model', () => {
  const graded = (over: Partial<GradedQuiz> = {}): GradedQuiz => ({
    correct: 1,
    total: 2,
    score: 50,
    passed: false,
    passPercent: 80,
    feedback: [
      { questionId: 'q3', correct: true, chosen: ['a'], correctOptions: [], explanation: { zh: '解析 q3' } },
      { questionId: 'q1', correct: false, chosen: [], correctOptions: ['a'], explanation: { zh: '解析 q1' } },
    ],
    ...over,
  });
  const input = (over: Partial<ResultPageInput>): ResultPageInput => ({ locale: 'zh-CN', course, lesson, quiz, viewer: { role: 'learner', status: 'active' }, completion: undefined, graded: undefined, ...over });

  it('redirects when nothing was posted, or after "mark complete"', () => {
    expect(resultRedirect(input({}))).toBe('/courses/demo/02-two');
    expect(resultRedirect(input({ completion: { data: { redirect: '/courses/demo/01-one' } } }))).toBe('/courses/demo/01-one');
    expect(resultRedirect(input({ completion: { error: { code: 'BAD_REQUEST' } } }))).toBeUndefined();
    expect(resultRedirect(input({ graded: { data: graded() } }))).toBeUndefined();
  });

  it('states the quiz’s own pass mark when not passed, and offers a new paper', () => {
    const m = resultPageModel(input({ graded: { data: graded() } }));
    expect(m.result?.verdict).toContain('80%');
    expect(m.result?.verdict).not.toContain('60%');
    expect(resultPageModel(input({ locale: 'en', graded: { data: graded({ passPercent: 70 }) } }))).toMatchObject({ result: { verdict: expect.stringContaining('70%') as string } });
    expect(m.result?.review.map((r) => [r.prompt, r.chosen, r.key])).toEqual([
      ['题目 q3', '甲', null],
      ['题目 q1', '未作答', '甲'],
    ]);
    expect(m.newAttempt?.href).toBe('/courses/demo/02-two/quiz');
    const passed = resultPageModel(input({ graded: { data: graded({ passed: true, correct: 2, score: 100 }) } }));
    expect(passed).toMatchObject({ newAttempt: undefined, result: { passed: true } });
  });

  it('shows a refused paper’s error with a way to a new paper, and a viewer who may not study the reason instead', () => {
    expect(resultPageModel(input({ graded: { error: { code: 'CONFLICT' } } }))).toMatchObject({ showError: true, refusal: null, newAttempt: { href: '/courses/demo/02-two/quiz' } });
    const anonymous = resultPageModel(input({ viewer: null, graded: { error: { code: 'UNAUTHORIZED' } } }));
    expect(anonymous).toMatchObject({ showError: false, newAttempt: undefined, refusal: { link: { href: '/signin?next=%2Fcourses%2Fdemo%2F02-two%2Fquiz' } } });
    const completing = resultPageModel(input({ viewer: null, completion: { error: { code: 'UNAUTHORIZED' } } }));
    expect(completing).toMatchObject({ refusal: { link: { href: '/signin?next=%2Fcourses%2Fdemo%2F02-two' } } });
  });
});
