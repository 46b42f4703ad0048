/** What sign-up tells the requester, and the notice an account's owner reads about sign-ups with their e-mail (see README.md in this folder). */
export const zh = {
  'notice.signup.received': '注册申请已收到。如果该邮箱尚未注册，账户已经创建（企业账户需经管理员审核），请用邮箱和密码登录；如果该邮箱已经注册，我们已提醒该账户的所有者。',
  'notice.duplicate.title': '用你的邮箱尝试注册的记录',
  'notice.duplicate.lead': '有人用你的邮箱申请注册新账户，没有创建任何账户，你的账户也未受影响。如果不是你本人，可以忽略此提醒；若担心密码泄露，请修改密码。',
  'notice.duplicate.at': '时间',
  'notice.duplicate.role': '申请的身份',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'notice.signup.received': 'Your sign-up has been received. If this e-mail address was not registered yet, the account now exists (an enterprise account waits for an administrator’s approval): sign in with your e-mail and password. If it was registered already, the account’s owner has been told.',
  'notice.duplicate.title': 'Sign-up attempts with your e-mail',
  'notice.duplicate.lead': 'Someone asked to sign up a new account with your e-mail address. No account was created and yours is unchanged. If it was not you, you may ignore this; if you fear your password is known, change it.',
  'notice.duplicate.at': 'Time',
  'notice.duplicate.role': 'Role asked for',
};
