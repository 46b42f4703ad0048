export const zh = {
  'storefront.list.title': '实训店铺',
  'storefront.list.lead': '学员在实训工作台开设的模拟跨境店铺。这里只列出至少有一件商品已发布的店铺。',
  'storefront.list.empty': '还没有店铺发布商品。',
  'storefront.list.products': '已发布商品',
  'storefront.list.langs': '店铺语言',
  'storefront.list.model': '业务模式',
  'storefront.list.link': '实训店铺',
  'storefront.cart.title': '购物车',
  'storefront.checkout.title': '结算',
  'storefront.confirmation.title': '订单确认',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'storefront.list.title': 'Training stores',
  'storefront.list.lead': 'Simulated cross-border stores that learners run in the practice workbench. Only stores with at least one published product are listed.',
  'storefront.list.empty': 'No store has published a product yet.',
  'storefront.list.products': 'Published products',
  'storefront.list.langs': 'Store languages',
  'storefront.list.model': 'Business model',
  'storefront.list.link': 'Training stores',
  'storefront.cart.title': 'Cart',
  'storefront.checkout.title': 'Checkout',
  'storefront.confirmation.title': 'Order confirmation',
};
