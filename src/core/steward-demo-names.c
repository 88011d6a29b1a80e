/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-demo"

#include "config.h"

#include <string.h>

#include "steward-demo-private.h"

/* Company and person names. A company name is a point of a mixed-radix space (city × brand ×
 * trade × legal form); the n-th client of a language takes the point (n × step + offset) mod
 * size, a bijection when step and size are coprime, so 100,000 names are distinct without
 * remembering them and still look shuffled. */

typedef struct {
  const char *text;
  const char *pinyin;
} Syllable;

static const char *const cities[] = {
  "北京", "上海", "深圳", "广州", "杭州", "成都", "武汉", "南京", "苏州", "西安",
  "重庆", "天津", "长沙", "郑州", "青岛", "厦门", "合肥", "宁波", "东莞", "佛山",
  "无锡", "济南", "大连", "福州", "昆明", "沈阳", "珠海", "南昌",
};

static const Syllable brand_chars[] = {
  { "星", "xing" }, { "河", "he" }, { "华", "hua" }, { "腾", "teng" }, { "信", "xin" },
  { "达", "da" }, { "云", "yun" }, { "智", "zhi" }, { "博", "bo" }, { "瑞", "rui" },
  { "恒", "heng" }, { "通", "tong" }, { "天", "tian" }, { "宇", "yu" }, { "鑫", "xin" },
  { "泰", "tai" }, { "安", "an" }, { "盛", "sheng" }, { "海", "hai" }, { "创", "chuang" },
  { "新", "xin" }, { "远", "yuan" }, { "光", "guang" }, { "明", "ming" }, { "卓", "zhuo" },
  { "越", "yue" }, { "嘉", "jia" }, { "和", "he" }, { "正", "zheng" }, { "凯", "kai" },
  { "诺", "nuo" }, { "康", "kang" }, { "联", "lian" }, { "飞", "fei" }, { "鸿", "hong" },
  { "润", "run" }, { "锦", "jin" }, { "辰", "chen" }, { "启", "qi" }, { "航", "hang" },
  { "睿", "rui" }, { "峰", "feng" }, { "汇", "hui" }, { "思", "si" }, { "源", "yuan" },
  { "灵", "ling" }, { "捷", "jie" }, { "中", "zhong" }, { "兴", "xing" }, { "德", "de" },
};

typedef struct {
  const char *word;       /* in the company name */
  const char *industry;   /* the client's industry */
  const char *slug;       /* in the web domain */
} Trade;

static const Trade cn_trades[] = {
  { "科技", "信息技术", "tech" },           { "信息技术", "信息技术", "it" },
  { "软件", "软件开发", "soft" },           { "网络科技", "互联网", "net" },
  { "数据服务", "数据服务", "data" },       { "智能制造", "制造业", "im" },
  { "电子", "电子制造", "elec" },           { "物流", "物流运输", "logistics" },
  { "医疗器械", "医疗健康", "med" },        { "生物科技", "生物医药", "bio" },
  { "教育科技", "教育培训", "edu" },        { "金融服务", "金融", "fin" },
  { "贸易", "商贸零售", "trade" },          { "新能源", "能源", "energy" },
  { "建筑工程", "建筑", "build" },          { "文化传媒", "文化传媒", "media" },
  { "餐饮管理", "餐饮", "food" },           { "环保科技", "环保", "eco" },
  { "汽车零部件", "汽车", "auto" },         { "食品", "食品饮料", "foods" },
  { "精密机械", "机械制造", "mech" },       { "电子商务", "电子商务", "ebiz" },
};

static const char *const cn_forms[] = { "有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司" };

static const char *const districts[] = { "高新区", "经济技术开发区", "软件园", "科技园", "中心区", "自贸区" };
static const char *const roads[] = {
  "创新路", "科技路", "文化路", "建设路", "人民路", "中山路", "学府路", "软件大道", "金融街", "东方路",
};

static const char *const latin_prefixes[] = {
  "Northwind", "Northbridge", "Nordic", "Norland", "Northstar", "Blue Harbor", "Silver Oak",
  "Pacific", "Evergreen", "Summit", "Redwood", "Brightline", "Granite", "Maple", "Crescent",
  "Atlas", "Vertex", "Lumen", "Orion", "Sterling", "Apex", "Cobalt", "Meridian", "Horizon",
  "Keystone", "Pinnacle", "Riverside", "Sunrise", "Westfield", "Eastgate", "Bluewater",
  "Ironwood", "Clearview", "Greenfield", "Harborview", "Starling",
};

static const Trade latin_trades[] = {
  { "Analytics", "Data services", "analytics" },     { "Systems", "Information technology", "systems" },
  { "Logistics", "Logistics", "logistics" },         { "Software", "Software", "software" },
  { "Trading", "Trade and retail", "trading" },      { "Robotics", "Manufacturing", "robotics" },
  { "Medical", "Healthcare", "medical" },            { "Foods", "Food and beverage", "foods" },
  { "Energy", "Energy", "energy" },                  { "Consulting", "Consulting", "consulting" },
  { "Networks", "Internet", "networks" },            { "Data", "Data services", "data" },
  { "Labs", "Research", "labs" },                    { "Manufacturing", "Manufacturing", "mfg" },
  { "Design", "Design", "design" },                  { "Capital", "Finance", "capital" },
  { "Retail", "Trade and retail", "retail" },        { "Solutions", "Information technology", "solutions" },
  { "Biotech", "Biotechnology", "biotech" },         { "Media", "Media", "media" },
};

static const char *const latin_regions[] = {
  "", " (Shanghai)", " (Beijing)", " (Shenzhen)", " (Suzhou)", " (Hong Kong)", " Asia",
  " China", " International", " (Guangzhou)",
};

static const char *const latin_forms[] = { "Ltd.", "Co., Ltd.", "Inc.", "GmbH", "LLC", "Pte. Ltd.", "Limited" };

static const Syllable surnames[] = {
  { "王", "wang" }, { "李", "li" }, { "张", "zhang" }, { "刘", "liu" }, { "陈", "chen" },
  { "杨", "yang" }, { "黄", "huang" }, { "赵", "zhao" }, { "吴", "wu" }, { "周", "zhou" },
  { "徐", "xu" }, { "孙", "sun" }, { "马", "ma" }, { "朱", "zhu" }, { "胡", "hu" },
  { "郭", "guo" }, { "何", "he" }, { "林", "lin" }, { "高", "gao" }, { "罗", "luo" },
  { "郑", "zheng" }, { "梁", "liang" }, { "谢", "xie" }, { "宋", "song" }, { "唐", "tang" },
  { "许", "xu" }, { "韩", "han" }, { "冯", "feng" }, { "邓", "deng" }, { "曹", "cao" },
};

static const Syllable given_names[] = {
  { "伟", "wei" }, { "芳", "fang" }, { "娜", "na" }, { "敏", "min" }, { "静", "jing" },
  { "丽", "li" }, { "强", "qiang" }, { "磊", "lei" }, { "军", "jun" }, { "洋", "yang" },
  { "勇", "yong" }, { "艳", "yan" }, { "杰", "jie" }, { "娟", "juan" }, { "涛", "tao" },
  { "明", "ming" }, { "超", "chao" }, { "秀英", "xiuying" }, { "霞", "xia" }, { "平", "ping" },
  { "刚", "gang" }, { "桂英", "guiying" }, { "建华", "jianhua" }, { "晓东", "xiaodong" },
  { "海燕", "haiyan" }, { "志强", "zhiqiang" }, { "雪", "xue" }, { "婷", "ting" },
  { "浩然", "haoran" }, { "子涵", "zihan" }, { "欣怡", "xinyi" }, { "宇轩", "yuxuan" },
};

static const char *const cn_roles[] = {
  "信息部经理", "IT主管", "运维工程师", "财务经理", "采购专员", "总经理助理", "数据分析师", "行政主管",
};

static const char *const latin_first[] = {
  "James", "Emma", "Oliver", "Sophia", "Daniel", "Grace", "Lucas", "Chloe", "Henry", "Mia",
  "Jack", "Lily", "David", "Anna", "Michael", "Sarah", "Thomas", "Laura", "Peter", "Helen",
};

static const char *const latin_last[] = {
  "Smith", "Chen", "Miller", "Wong", "Brown", "Lee", "Taylor", "Anderson", "Tan", "Wilson",
  "Schmidt", "Martin", "Clark", "Lim", "Walker", "Fischer",
};

static const char *const latin_roles[] = {
  "IT Manager", "CTO", "Operations Lead", "Finance Manager", "Procurement", "Data Analyst",
};

static const char *const mobile_prefixes[] = {
  "130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156",
  "158", "159", "166", "177", "180", "181", "182", "185", "186", "187", "188", "189", "199",
};

/* The account managers who own clients, and the dedicated technical advisors. */
static const char *const owners[] = { "王磊", "李娜", "陈静", "刘洋", "张敏" };
static const char *const advisors[] = { "赵建华", "孙浩然", "吴晓东", "郭志强", "林海燕", "Peter Walker" };

static guint64
gcd (guint64 a,
     guint64 b)
{
  while (b != 0)
    {
      guint64 t = a % b;

      a = b;
      b = t;
    }
  return a;
}

/* The @ordinal-th point of a space of @size points, shuffled by @seed. */
static guint64
shuffled_point (guint64 seed,
                guint64 ordinal,
                guint64 size)
{
  static const guint64 steps[] = { 1000003, 998244353, 7919, 104729, 15485863 };
  guint64 step = 1;
  DemoRng rng = demo_rng_for (seed, 1, 0);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (gcd (steps[i] % size, size) == 1)
      {
        step = steps[i] % size;
        break;
      }
  return ((ordinal % size) * step + demo_rng_next (&rng) % size) % size;
}

static void
chinese_company (guint64            point,
                 guint              round,
                 DemoRng           *rng,
                 StewardDemoClient *out,
                 char              *domain,
                 gsize              domain_size)
{
  guint n_brand = G_N_ELEMENTS (brand_chars);
  guint city = point % G_N_ELEMENTS (cities);
  guint b1, b2, trade, form;

  point /= G_N_ELEMENTS (cities);
  b1 = point % n_brand;
  point /= n_brand;
  /* The second character differs from the first. */
  b2 = (b1 + 1 + point % (n_brand - 1)) % n_brand;
  point /= n_brand - 1;
  trade = point % G_N_ELEMENTS (cn_trades);
  form = point / G_N_ELEMENTS (cn_trades);

  if (round == 0)
    g_snprintf (out->name, sizeof out->name, "%s市%s%s%s%s", cities[city], brand_chars[b1].text,
                brand_chars[b2].text, cn_trades[trade].word, cn_forms[form]);
  else
    g_snprintf (out->name, sizeof out->name, "%s市%s%s%s%s第%u分公司", cities[city],
                brand_chars[b1].text, brand_chars[b2].text, cn_trades[trade].word, cn_forms[form],
                round);
  out->industry = cn_trades[trade].industry;
  g_snprintf (out->address, sizeof out->address, "%s市%s%s%u号", cities[city],
              DEMO_PICK (rng, districts), DEMO_PICK (rng, roads), (guint) demo_rng_range (rng, 1, 999));
  g_snprintf (domain, domain_size, "%s%s-%s.com.cn", brand_chars[b1].pinyin, brand_chars[b2].pinyin,
              cn_trades[trade].slug);
}

static void
latin_company (guint64            point,
               guint              round,
               DemoRng           *rng,
               StewardDemoClient *out,
               char              *domain,
               gsize              domain_size)
{
  guint prefix = point % G_N_ELEMENTS (latin_prefixes);
  guint trade, region, form;
  g_autofree char *slug = NULL;

  point /= G_N_ELEMENTS (latin_prefixes);
  trade = point % G_N_ELEMENTS (latin_trades);
  point /= G_N_ELEMENTS (latin_trades);
  region = point % G_N_ELEMENTS (latin_regions);
  form = point / G_N_ELEMENTS (latin_regions);

  g_snprintf (out->name, sizeof out->name, "%s %s%s %s", latin_prefixes[prefix],
              latin_trades[trade].word, latin_regions[region], latin_forms[form]);
  if (round > 0)
    {
      gsize len = strlen (out->name);

      g_snprintf (out->name + len, sizeof out->name - len, " %u", round + 1);
    }
  out->industry = latin_trades[trade].industry;
  g_snprintf (out->address, sizeof out->address, "%s市%s%s%u号", DEMO_PICK (rng, cities),
              DEMO_PICK (rng, districts), DEMO_PICK (rng, roads), (guint) demo_rng_range (rng, 1, 999));

  slug = g_ascii_strdown (latin_prefixes[prefix], -1);
  g_strdelimit (slug, " ", '-');
  g_snprintf (domain, domain_size, "%s-%s.com", slug, latin_trades[trade].slug);
}

void
_steward_demo_client_name (guint64            seed,
                           gboolean           latin,
                           guint              ordinal,
                           StewardDemoClient *out)
{
  guint64 size;
  guint64 point;
  char domain[64];
  DemoRng rng = demo_rng_for (seed, 2, out->id);

  if (latin)
    size = (guint64) G_N_ELEMENTS (latin_prefixes) * G_N_ELEMENTS (latin_trades) *
           G_N_ELEMENTS (latin_regions) * G_N_ELEMENTS (latin_forms);
  else
    size = (guint64) G_N_ELEMENTS (cities) * G_N_ELEMENTS (brand_chars) *
           (G_N_ELEMENTS (brand_chars) - 1) * G_N_ELEMENTS (cn_trades) * G_N_ELEMENTS (cn_forms);

  point = shuffled_point (seed + latin, ordinal, size);
  if (latin)
    latin_company (point, ordinal / size, &rng, out, domain, sizeof domain);
  else
    chinese_company (point, ordinal / size, &rng, out, domain, sizeof domain);

  out->n_contacts = 1 + demo_rng_below (&rng, STEWARD_DEMO_MAX_CONTACTS);
  for (guint i = 0; i < out->n_contacts; i++)
    {
      _steward_demo_person (&rng, latin, domain, &out->contacts[i]);
      out->contacts[i].primary = (i == 0);
    }
}

void
_steward_demo_person (DemoRng            *rng,
                      gboolean            latin,
                      const char         *domain,
                      StewardDemoContact *out)
{
  const char *prefix = DEMO_PICK (rng, mobile_prefixes);
  guint number = (guint) demo_rng_range (rng, 0, 99999999);

  if (latin)
    {
      const char *first = DEMO_PICK (rng, latin_first);
      const char *last = DEMO_PICK (rng, latin_last);
      g_autofree char *local = g_ascii_strdown (first, -1);
      g_autofree char *local2 = g_ascii_strdown (last, -1);

      g_snprintf (out->name, sizeof out->name, "%s %s", first, last);
      g_snprintf (out->email, sizeof out->email, "%s.%s@%s", local, local2, domain);
      g_snprintf (out->phone, sizeof out->phone, "+86 %s %04u %04u", prefix, number / 10000, number % 10000);
      out->role = DEMO_PICK (rng, latin_roles);
      return;
    }

  {
    const Syllable *family = &DEMO_PICK (rng, surnames);
    const Syllable *given = &DEMO_PICK (rng, given_names);

    g_snprintf (out->name, sizeof out->name, "%s%s", family->text, given->text);
    g_snprintf (out->email, sizeof out->email, "%s.%s@%s", given->pinyin, family->pinyin, domain);
    if (demo_rng_chance (rng, 700))
      g_snprintf (out->phone, sizeof out->phone, "%s%08u", prefix, number);
    else
      g_snprintf (out->phone, sizeof out->phone, "%s-%04u-%04u", prefix, number / 10000, number % 10000);
    out->role = DEMO_PICK (rng, cn_roles);
  }
}

/* Trainers are distinct names: index → (given name, surname). */
char *
_steward_demo_trainer_name (guint index)
{
  guint n = G_N_ELEMENTS (surnames) * G_N_ELEMENTS (given_names);
  guint point = (index * 97 + 13) % n;

  if (index >= n)
    return g_strdup_printf ("%s%s %u", surnames[point % G_N_ELEMENTS (surnames)].text,
                            given_names[point / G_N_ELEMENTS (surnames)].text, index / n + 1);
  return g_strdup_printf ("%s%s", surnames[point % G_N_ELEMENTS (surnames)].text,
                          given_names[point / G_N_ELEMENTS (surnames)].text);
}

const char *
_steward_demo_owner (guint index)
{
  return owners[index % G_N_ELEMENTS (owners)];
}

guint
_steward_demo_n_owners (void)
{
  return G_N_ELEMENTS (owners);
}

const char *
_steward_demo_advisor (DemoRng *rng)
{
  return DEMO_PICK (rng, advisors);
}
