/** The operations parts of the admin console: lifting sign-in waits. */
export const zh = {
  'ops.unlock.title': '解除登录等待',
  'ops.unlock.lead': '多次输错密码后，账号会被要求等待片刻再试。确认是本人后，可在此立即解除。',
  'ops.unlock.email': '账号邮箱',
  'ops.unlock.submit': '解除等待',
  'ops.unlock.done': '已解除 {email} 的 {count} 项登录等待。',
  'ops.unlock.active': '当前等待中',
  'ops.unlock.none': '目前没有账号需要等待。',
  'ops.unlock.key': '对象',
  'ops.unlock.until': '可再试时间',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'ops.unlock.title': 'Lift sign-in waits',
  'ops.unlock.lead': 'After repeated wrong passwords an account must wait a moment before trying again. Once you know it is the owner, lift the wait here.',
  'ops.unlock.email': 'Account e-mail',
  'ops.unlock.submit': 'Lift waits',
  'ops.unlock.done': 'Lifted {count} sign-in waits of {email}.',
  'ops.unlock.active': 'Waiting now',
  'ops.unlock.none': 'No account is waiting.',
  'ops.unlock.key': 'Who',
  'ops.unlock.until': 'May try again at',
};
