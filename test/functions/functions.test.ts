/**
 * Every AICOST function through the runner, called as Excel calls it: typical results against
 * hand-computed values, defaults for omitted (null) arguments, numeric text, and every error path
 * with its Excel error code and exact message.
 */
import { isOptional } from "../../src/functions/params";
import { FT_COMPARE, FUNCTIONS } from "../../src/functions/declarations";
import { call, callRange, naError, valueError } from "../helpers/excel";
import { expectNear } from "../helpers/tolerance";

describe("REQUEST_COST", () => {
  it("prices a request per 1M tokens", () => {
    expectNear(call("REQUEST_COST", 1200, 300, 2.5, 10), (1200 * 2.5 + 300 * 10) / 1e6, 12);
    expect(call("REQUEST_COST", 0, 0, 3, 15)).toBe(0);
  });
  it("accepts numeric text as Excel does", () => {
    expectNear(call("REQUEST_COST", "5000", " 500 ", "$3", "15"), 0.0225, 12);
    expectNear(call("REQUEST_COST", "5,000", "5e2", "3.0", "15.00"), 0.0225, 12);
    expect(call("REQUEST_COST", 5000, 500, 3, "1,5")).toEqual(
      valueError(
        'output_price must be a number ≥ 0 (US dollars per 1M tokens); got "1,5", not a number as this workbook ' +
          "writes them (1,234.5).",
      ),
    );
  });
  it.each([
    [[-1, 500, 3, 15], "input_tokens must be a number ≥ 0 (tokens per request); got -1."],
    [[5000, "abc", 3, 15], 'output_tokens must be a number ≥ 0 (tokens per request); got "abc".'],
    [[5000, 500, null, 15], "input_price is required: a number ≥ 0 (US dollars per 1M tokens); got a blank cell."],
    [[5000, 500, 3, ""], "output_price is required: a number ≥ 0 (US dollars per 1M tokens); got a blank cell."],
    [[5000, 500, true, 15], "input_price must be a number ≥ 0 (US dollars per 1M tokens); got TRUE."],
    [[5000, 500, 3, -0.01], "output_price must be a number ≥ 0 (US dollars per 1M tokens); got -0.01."],
  ])("rejects %j", (args, message) => {
    expect(call("REQUEST_COST", ...args)).toEqual(valueError(message));
  });
});

describe("MODEL_REQUEST_COST and FT_REQUEST_COST", () => {
  it("look models up case-insensitively, by id or alias", () => {
    expectNear(call("MODEL_REQUEST_COST", "  Claude-Sonnet-4 ", 5000, 500), 0.0225, 12);
    expectNear(call("MODEL_REQUEST_COST", "claude-sonnet-4-20250514", 5000, 500), 0.0225, 12);
    expectNear(call("MODEL_REQUEST_COST", "gpt-4o-mini", 2000, 400, null), (2000 * 0.15 + 400 * 0.6) / 1e6, 12);
  });
  it("FT_REQUEST_COST uses fine-tuned inference prices", () => {
    expectNear(call("FT_REQUEST_COST", "gpt-4.1-mini", 2000, 400), (2000 * 0.8 + 400 * 3.2) / 1e6, 12);
    expectNear(call("FT_REQUEST_COST", "GPT-4O", "2000", 400, null), (2000 * 3.75 + 400 * 15) / 1e6, 12);
  });
  it("an unknown model is #N/A pointing to MODELS(), with the closest ids where some are close", () => {
    expect(call("MODEL_REQUEST_COST", "tiny-llm-xl", 1, 1)).toEqual(
      naError(
        'Unknown model "tiny-llm-xl": it is neither in the price catalogue nor in price_table. AICOST.MODELS() lists the catalogue.',
      ),
    );
    expect(call("MODEL_REQUEST_COST", "claude-sonet-4", 1, 1)).toEqual(
      naError('Unknown model "claude-sonet-4": did you mean claude-sonnet-4? AICOST.MODELS() lists the catalogue.'),
    );
    // A family name suggests its current models first, newest first.
    expect(call("MODEL_REQUEST_COST", "sonnet", 1, 1)).toEqual(
      naError(
        'Unknown model "sonnet": did you mean claude-sonnet-5.5, claude-sonnet-5 or claude-sonnet-4.6? ' +
          "AICOST.MODELS() lists the catalogue.",
      ),
    );
  });
  it("a model's name as the provider writes it (and the sample workbook shows it) is an alias", () => {
    expectNear(call("MODEL_REQUEST_COST", "Claude Sonnet 4", 5000, 500), 0.0225, 12);
    expectNear(call("MODEL_REQUEST_COST", " Claude  3.5 Haiku ", 5000, 500), 0.006, 12);
    expectNear(call("MODEL_REQUEST_COST", "GPT-4.1 mini", 2000, 400), (2000 * 0.4 + 400 * 1.6) / 1e6, 12);
  });
  it("a model without fine-tuning is #N/A naming the model and the price", () => {
    expect(call("FT_REQUEST_COST", "claude-sonnet-4", 1, 1)).toEqual(
      naError(
        "claude-sonnet-4 has no ft_input price: it is not offered for this model. Give your own price in a price_table to use one.",
      ),
    );
  });
  it("a model must be text", () => {
    expect(call("MODEL_REQUEST_COST", 42, 1, 1)).toEqual(
      valueError('model must be a model id as text, such as "gpt-4o-mini"; got 42.'),
    );
    expect(call("MODEL_REQUEST_COST", null, 1, 1)).toEqual(
      valueError('model is required: a model id as text, such as "gpt-4o-mini"; got a blank cell.'),
    );
  });
  it("token counts are checked", () => {
    expect(call("FT_REQUEST_COST", "gpt-4o", 1, -5)).toEqual(
      valueError("output_tokens must be a number ≥ 0 (tokens per request); got -5."),
    );
  });
});

describe("MODEL_PRICE", () => {
  it("returns the input price by default and any kind on request", () => {
    expect(call("MODEL_PRICE", "gpt-4o")).toBe(2.5);
    expect(call("MODEL_PRICE", "gpt-4o", null, null)).toBe(2.5);
    expect(call("MODEL_PRICE", "gpt-4o", "output")).toBe(10);
    expect(call("MODEL_PRICE", "gpt-4o", "Cached Input")).toBe(1.25);
    expect(call("MODEL_PRICE", "gpt-4o-mini", "ft_training")).toBe(3);
    expect(call("MODEL_PRICE", "azure/gpt-4.1-mini", "FT_HOSTING_HOUR")).toBe(1.7);
  });
  it("an unknown kind is #VALUE! listing the kinds", () => {
    expect(call("MODEL_PRICE", "gpt-4o", "batch")).toEqual(
      valueError(
        "price_kind must be one of input, output, cached_input, cache_write, batch_input, batch_output, " +
          "long_context_threshold, long_input, long_output, ft_training, ft_input, ft_output, ft_cached_input, " +
          'ft_hosting_hour, gpu_hour; got "batch".',
      ),
    );
  });
  it("a kind the model lacks is #N/A", () => {
    expect(call("MODEL_PRICE", "gpt-4o", "ft_hosting_hour")).toEqual(
      naError(
        "gpt-4o has no ft_hosting_hour price: it is not offered for this model. Give your own price in a price_table to use one.",
      ),
    );
    expect(call("MODEL_PRICE", "gemini-2.5-pro", "ft_training")).toEqual(
      naError(
        "gemini-2.5-pro has no ft_training price: it is not offered for this model. Give your own price in a price_table to use one.",
      ),
    );
  });
});

describe("MODELS", () => {
  it("takes a date as a calendar day typed as text, and refuses date and time text, which names no one day", () => {
    expect(callRange("MODELS", "google", false, "2027-01-01")).toEqual(callRange("MODELS", "google", false, 46388));
    const [[cell]] = callRange("MODELS", "google", false, "2027-01-01T00:30+01:00");
    expect(cell).toEqual(valueError(expect.stringMatching(/^as_of must be a date from /) as unknown as string));
  });

  it("spills the catalogue's active and deprecated models with a header row; TRUE adds the retired", () => {
    const table = callRange("MODELS");
    expect(table[0]).toEqual([
      "model",
      "provider",
      "status",
      "retires on",
      "fine-tuning",
      "fine-tuning until",
      "input",
      "output",
      "cached input",
      "cache write",
      "batch input",
      "batch output",
      "long-context threshold",
      "long input",
      "long output",
      "ft training",
      "ft input",
      "ft output",
      "ft cached input",
      "ft hosting per hour",
      "dedicated gpu per hour",
      "next price change",
      "single source",
      "as of",
      "source",
    ]);
    expect(table.every((row) => row.length === 25)).toBe(true);
    expect(table.some((row) => row[0] === "claude-sonnet-4")).toBe(false);
    const all = callRange("MODELS", "", true);
    const sonnet = all.find((row) => row[0] === "claude-sonnet-4");
    expect(sonnet?.slice(0, 15)).toEqual([
      "claude-sonnet-4",
      "anthropic",
      "retired",
      "2026-06-15",
      "not offered",
      "",
      3,
      15,
      0.3,
      3.75,
      1.5,
      7.5,
      200000,
      6,
      22.5,
    ]);
    expect(all.length).toBeGreaterThan(table.length);
  });
  it("filters by provider, case-insensitively", () => {
    const table = callRange("MODELS", "Azure");
    expect(table.slice(1).every((row) => row[1] === "azure")).toBe(true);
    expect(table.length).toBeGreaterThan(1);
  });
  it("an unknown provider is #N/A listing the providers", () => {
    expect(callRange("MODELS", "mistral")).toEqual([
      [naError('No models from provider "mistral". Providers: openai, azure, anthropic, google, together, fireworks.')],
    ]);
  });
  it("shows each model's fine-tuning offer and status as of a date, today when left out (2026-12-05 here)", () => {
    const column = (name: string) => callRange("MODELS", "openai")[0].indexOf(name);
    const row = (id: string, ...args: unknown[]) =>
      callRange("MODELS", "", true, ...args).find((cells) => cells[0] === id) ?? [];
    const offer = (id: string, ...args: unknown[]) => [
      row(id, ...args)[column("status")],
      row(id, ...args)[column("fine-tuning")],
      row(id, ...args)[column("fine-tuning until")],
    ];
    expect(offer("gpt-4.1-mini")).toEqual(["deprecated", "closing", "2027-01-06"]);
    expect(offer("gpt-4.1-mini", "2027-01-06")).toEqual(["deprecated", "closed", ""]);
    expect(offer("gpt-4.1-mini", "2027-01-14")).toEqual(["retired", "closed", ""]);
    // An Excel date serial reads as the date text does: 46393 is 2027-01-06.
    expect(offer("gpt-4.1-mini", 46393)).toEqual(offer("gpt-4.1-mini", "2027-01-06"));
    expect(offer("gpt-4.1-mini", "2026-05-01")).toEqual(["active", "offered", "2026-05-07"]);
    expect(offer("fireworks/llama-3.1-8b-instruct")).toEqual(["active", "offered", ""]);
    expect(offer("claude-haiku-4.5")).toEqual(["active", "not offered", ""]);
    // Retired on the day asked, it leaves the list unless retired models are asked for.
    expect(callRange("MODELS", "openai", false, "2026-12-11").some((cells) => cells[0] === "gpt-5")).toBe(false);
    expect(callRange("MODELS", "openai", false, "2026-12-10").some((cells) => cells[0] === "gpt-5")).toBe(true);
  });
  it("prices as of the date, with the next scheduled change and what only one reference gives", () => {
    const header = callRange("MODELS", "google")[0];
    const flash = (...args: unknown[]) =>
      callRange("MODELS", "google", false, ...args).find((cells) => cells[0] === "gemini-3.6-flash") ?? [];
    const at = (name: string) => header.indexOf(name);
    expect([flash()[at("input")], flash()[at("output")], flash()[at("next price change")]]).toEqual([
      0.75,
      3.75,
      "2027-01-01: input 1.5, output 7.5, cached input 0.15, batch input 0.75, batch output 3.75",
    ]);
    expect([flash("2027-01-01")[at("input")], flash("2027-01-01")[at("next price change")]]).toEqual([1.5, ""]);
    const haiku = callRange("MODELS", "anthropic").find((cells) => cells[0] === "claude-haiku-5.5") ?? [];
    expect(haiku[at("single source")]).toBe("input, output, long-context threshold, long input, long output");
  });
  it.each([
    [
      "2026-13-01",
      'as_of must be a date from 2020-01-01 to 2100-12-31 (an Excel date, or text such as "2027-01-01"); got "2026-13-01".',
    ],
    [
      "next week",
      'as_of must be a date from 2020-01-01 to 2100-12-31 (an Excel date, or text such as "2027-01-01"); got "next week".',
    ],
    [-1, 'as_of must be a date from 2020-01-01 to 2100-12-31 (an Excel date, or text such as "2027-01-01"); got -1.'],
    [
      43830,
      'as_of must be a date from 2020-01-01 to 2100-12-31 (an Excel date, or text such as "2027-01-01"); got 43830.',
    ],
    [
      "2101-01-01",
      'as_of must be a date from 2020-01-01 to 2100-12-31 (an Excel date, or text such as "2027-01-01"); got "2101-01-01".',
    ],
  ])("as_of %j is #VALUE!", (asOf, message) => {
    expect(callRange("MODELS", "", false, asOf)).toEqual([[valueError(message)]]);
  });
});

describe("FT_MONTHLY_SAVINGS", () => {
  it("is (large - small) x volume, negative when the small model costs more", () => {
    expectNear(call("FT_MONTHLY_SAVINGS", 0.01, 0.002, 250000), 2000, 9);
    expectNear(call("FT_MONTHLY_SAVINGS", 0.002, 0.01, 250000), -2000, 9);
  });
  it("rejects a negative volume or cost", () => {
    expect(call("FT_MONTHLY_SAVINGS", 0.01, 0.002, -1)).toEqual(
      valueError("requests_per_month must be a number ≥ 0 (requests per month); got -1."),
    );
    expect(call("FT_MONTHLY_SAVINGS", -0.01, 0.002, 1)).toEqual(
      valueError("large_cost_per_request must be a number ≥ 0 (US dollars per request); got -0.01."),
    );
  });
});

describe("FT_UPFRONT_COST", () => {
  it("adds data, training, evaluation and pipeline costs", () => {
    expect(call("FT_UPFRONT_COST", 50, 150, 275, 15, 25)).toBe(50 * 150 + 275 + 40 * 150);
  });
  it("omitted optional arguments (null) count as 0", () => {
    expect(call("FT_UPFRONT_COST", 20, 100)).toBe(2000);
    expect(call("FT_UPFRONT_COST", 20, 100, null, null, 10)).toBe(3000);
  });
  it("rejects negative hours", () => {
    expect(call("FT_UPFRONT_COST", 20, 100, 0, -2)).toEqual(
      valueError("eval_hours must be a number ≥ 0 (hours); got -2."),
    );
    expect(call("FT_UPFRONT_COST", 20, "lots")).toEqual(
      valueError('hourly_rate must be a number ≥ 0 (US dollars per hour); got "lots".'),
    );
  });
});

describe("FT_TRAINING_COST", () => {
  it("is examples x tokens x epochs x price / 1M", () => {
    expect(call("FT_TRAINING_COST", 2000, 1500, 3, 25)).toBe(225);
    expect(call("FT_TRAINING_COST", 500, 800, 4, 3)).toBe(4.8);
  });
  it("rejects a negative count", () => {
    expect(call("FT_TRAINING_COST", 2000, 1500, -3, 25)).toEqual(
      valueError("epochs must be a number ≥ 0 (passes over the training set); got -3."),
    );
    expect(call("FT_TRAINING_COST", -1, 1500, 3, 25)).toEqual(
      valueError("examples must be a number ≥ 0 (training examples); got -1."),
    );
  });
});

describe("FT_GPU_MONTHLY_COST", () => {
  // One GPU's month at 50 % utilization: 730 × 3600 × 0.5 = 1,314,000 GPU-seconds. A request of
  // 1,000 input tokens at 20,000/s and 200 output tokens at 2,000/s takes 0.05 + 0.1 = 0.15 s.
  const capacity = (730 * 3600 * 0.5) / 0.15; // 8,760,000 requests exactly
  const args = (requests: number, ...rest: unknown[]) => [requests, 1000, 200, 4, 2000, 20000, 0.5, ...rest];

  it("rents whole GPUs, on all month: exactly one GPU's capacity is one GPU, one request more is two", () => {
    expect(capacity).toBe(8_760_000);
    expect(call("FT_GPU_MONTHLY_COST", ...args(capacity))).toBe(1 * 730 * 4);
    expect(call("FT_GPU_MONTHLY_COST", ...args(capacity + 1))).toBe(2 * 730 * 4);
    expect(call("FT_GPU_MONTHLY_COST", ...args(2 * capacity))).toBe(2 * 730 * 4);
    expect(call("FT_GPU_MONTHLY_COST", ...args(2 * capacity + 1))).toBe(3 * 730 * 4);
    // So at 200 GPUs, where one request is a ten-millionth of a GPU's month, and at 10 and 50,000.
    for (const gpus of [10, 200, 50_000]) {
      expect(call("FT_GPU_MONTHLY_COST", ...args(gpus * capacity))).toBe(gpus * 730 * 4);
      expect(call("FT_GPU_MONTHLY_COST", ...args(gpus * capacity + 1))).toBe((gpus + 1) * 730 * 4);
    }
    // A shorter request: 100 input and 10 output tokens take 0.01 s, 131,400,000 requests a GPU.
    expect(call("FT_GPU_MONTHLY_COST", 10 * 131_400_000, 100, 10, 1, 2000, 20000, 0.5)).toBe(10 * 730);
    expect(call("FT_GPU_MONTHLY_COST", 10 * 131_400_000 + 1, 100, 10, 1, 2000, 20000, 0.5)).toBe(11 * 730);
    // No requests still rents the fewest GPUs asked for.
    expect(call("FT_GPU_MONTHLY_COST", ...args(0))).toBe(730 * 4);
    expect(call("FT_GPU_MONTHLY_COST", ...args(capacity, 3))).toBe(3 * 730 * 4);
  });

  it("takes the published prefill-to-decode ratio and utilization where they are left out", () => {
    const ratio = call("ASSUMPTION", "prefill_decode_ratio") as number;
    const utilization = call("ASSUMPTION", "gpu_utilization") as number;
    // 1,000,000 requests of 5,000 input and 500 output tokens, decode 1,500 tokens/s.
    const seconds = 5000 / (ratio * 1500) + 500 / 1500;
    const gpus = Math.ceil((1_000_000 * seconds) / (730 * 3600 * utilization));
    expect(call("FT_GPU_MONTHLY_COST", 1_000_000, 5000, 500, 3.5, 1500)).toBe(gpus * 730 * 3.5);
  });

  it("refuses throughputs, prices and utilizations that describe no GPU, naming the argument", () => {
    expect(call("FT_GPU_MONTHLY_COST", 1000, 1000, 200, 0, 2000)).toEqual(
      valueError("gpu_hourly_price must be a price > 0 in US dollars per GPU-hour; got 0."),
    );
    expect(call("FT_GPU_MONTHLY_COST", 1000, 1000, 200, 4, -5)).toEqual(
      valueError("output_tokens_per_second must be a number of tokens per second > 0; got -5."),
    );
    expect(call("FT_GPU_MONTHLY_COST", 1000, 1000, 200, 4, "fast")).toMatchObject({ code: "#VALUE!" });
    expect(call("FT_GPU_MONTHLY_COST", 1000, 1000, 200, 4, 2000, -1)).toMatchObject({ code: "#VALUE!" });
    // A prefill throughput of 0 is refused as the decode throughput's is (a number's 0 is 0, SPEC 3.8);
    // left out, the published ratio stands in.
    expect(call("FT_GPU_MONTHLY_COST", 1e7, 1000, 200, 4, 2000, 0)).toEqual(
      valueError("input_tokens_per_second must be a number of tokens per second > 0; got 0."),
    );
    expect(call("FT_GPU_MONTHLY_COST", 1e7, 1000, 200, 4, 2000, null)).toBe(
      call("FT_GPU_MONTHLY_COST", 1e7, 1000, 200, 4, 2000, 5 * 2000),
    );
    expect(call("FT_GPU_MONTHLY_COST", 1000, 1000, 200, 4, 2000, 20000, 1.2)).toMatchObject({ code: "#VALUE!" });
    expect(call("FT_GPU_MONTHLY_COST", 1000, 1000, 200, 4, 2000, 20000, 60)).toMatchObject({ code: "#VALUE!" });
    expect(call("FT_GPU_MONTHLY_COST", 1000, 1000, 200, 4, 2000, 20000, 0)).toMatchObject({ code: "#VALUE!" });
    expect(call("FT_GPU_MONTHLY_COST", 1000, 1000, 200, 4, 2000, 20000, 0.5, 1.5)).toEqual(
      valueError("min_gpus must be a whole number of GPUs ≥ 1; got 1.5."),
    );
    expect(call("FT_GPU_MONTHLY_COST", 1000, 1000, 200, 4, 2000, 20000, 0.5, 0)).toMatchObject({ code: "#VALUE!" });
  });

  it("the README's worked example: one H100 up to 18,396,000 requests a month, then two", () => {
    // 1,000 / (5 × 8,000) + 200 / 8,000 = 0.05 GPU-seconds a request; one GPU's month at 35 %: 919,800.
    expectNear(call("FT_GPU_MONTHLY_COST", 2_000_000, 1000, 200, 3.99, 8000), 2912.7, 2);
    expectNear(call("FT_GPU_MONTHLY_COST", 18_396_000, 1000, 200, 3.99, 8000), 2912.7, 2);
    expectNear(call("FT_GPU_MONTHLY_COST", 18_396_001, 1000, 200, 3.99, 8000), 5825.4, 2);
  });

  it("refuses inputs that need more than 100,000 GPUs", () => {
    // Tokens per minute typed as per second: 1e9 requests at 0.1 and 0.01 tokens/s, 30,000 s each, over
    // 1,314,000 GPU-seconds a month: 22,831,050.2 GPUs.
    const result = call("FT_GPU_MONTHLY_COST", 1e9, 1000, 200, 4, 0.01, 0.1, 0.5);
    expect(result).toMatchObject({ code: "#VALUE!" });
    expect((result as { message: string }).message).toMatch(
      /^These inputs need 22,831,051 GPUs, more than any real service rents for one model/,
    );
    // Past a trillion, and past any number, the count is said in words, never in a float's digits.
    for (const [requests, decode] of [
      [1e308, 2000],
      [1e6, 5e-324],
    ]) {
      expect(call("FT_GPU_MONTHLY_COST", requests, 1000, 200, 4, decode, 20000, 0.5)).toEqual(
        valueError(
          "These inputs need over a trillion GPUs, more than any real service rents for one model: check the " +
            "volume, the token counts and the throughputs (tokens per second, not per minute).",
        ),
      );
    }
  });
});

describe("FT_MAINTENANCE_MONTHLY", () => {
  it("spreads a retraining cycle over its interval and adds fixed costs", () => {
    expect(call("FT_MAINTENANCE_MONTHLY", 2, 150, 6, 275, 200, 3)).toBe(912.5);
    expect(call("FT_MAINTENANCE_MONTHLY", 1, 150, 6, 275, 200, 3, 1241)).toBe(1825 + 1241);
  });
  it("the interval must be more than 0 months", () => {
    expect(call("FT_MAINTENANCE_MONTHLY", 0, 150, 6, 275, 200, 3)).toEqual(
      valueError("retrain_every_months must be a number of months > 0; got 0."),
    );
  });
});

describe("FT_BREAKEVEN", () => {
  it("subtracts maintenance and applies discounting", () => {
    expect(call("FT_BREAKEVEN", 17500, 8250, 1250)).toBe(2.5);
    expectNear(call("FT_BREAKEVEN", 30000, 8250, 0, "10%"), 3.7048, 4);
    expect(call("FT_BREAKEVEN", 17500, 8250, null, null)).toBe(17500 / 8250);
  });
  it("never breaking even is #N/A saying why", () => {
    expect(call("FT_BREAKEVEN", 5000, 1650, 2000)).toEqual(
      naError("never breaks even: maintenance $2,000/month exceeds savings $1,650/month"),
    );
    expect(call("FT_BREAKEVEN", 5000, 1650, 1650)).toEqual(
      naError("never breaks even: maintenance $1,650/month equals savings $1,650/month"),
    );
    expect(call("FT_BREAKEVEN", 5000, -100)).toEqual(
      naError("never breaks even: the small model costs $100/month more than the larger model before any maintenance"),
    );
    expect(call("FT_BREAKEVEN", 1000000, 1000, 0, 0.1)).toEqual(
      naError(
        "never breaks even: at a 10% annual discount rate, all future net savings are worth $125,405.37 today, not more than the upfront cost $1,000,000",
      ),
    );
  });
  it("refuses a rate typed without its per cent sign, saying what to type", () => {
    expect(call("FT_BREAKEVEN", 30000, 8250, 0, 10)).toEqual(
      valueError("annual_discount_rate 10 means 1,000 %; type 10% or 0.10. Rates are decimals and at most 1 (100%)."),
    );
    expect(call("TCO", 0, 0.0225, 500000, 12, 0, 0, 5)).toEqual(
      valueError("monthly_volume_growth 5 means 500 %; type 5% or 0.05. Rates are decimals and at most 1 (100%)."),
    );
    expect(call("FT_NET_SAVINGS", 17500, 8250, 12, 1250, "12.5")).toEqual(
      valueError(
        "annual_discount_rate 12.5 means 1,250 %; type 12.5% or 0.125. Rates are decimals and at most 1 (100%).",
      ),
    );
    expect(call("FT_BREAKEVEN", 30000, 8250, 0, 1.004)).toEqual(
      valueError(
        "annual_discount_rate 1.004 means 100.4 %; type 1.004% or 0.01004. Rates are decimals and at most 1 (100%).",
      ),
    );
    expect(call("FT_BREAKEVEN", 30000, 8250, 0, "150%")).toEqual(
      valueError('annual_discount_rate must be a decimal greater than -1 and at most 1 (0.10 = 10%); got "150%".'),
    );
    expect(call("FT_BREAKEVEN", 30000, 8250, 0, 1)).toBeGreaterThan(0);
    expect(call("FT_BREAKEVEN", 30000, 8250, 0, "10%")).toBeCloseTo(3.7048, 4);
  });

  it("rejects a rate of -1 or less", () => {
    expect(call("FT_BREAKEVEN", 1, 1, 0, -1)).toEqual(
      valueError("annual_discount_rate must be a decimal greater than -1 and at most 1 (0.10 = 10%); got -1."),
    );
  });
});

describe("FT_BREAKEVEN_VOLUME", () => {
  it("is (upfront / months + maintenance) / saving per request", () => {
    expectNear(call("FT_BREAKEVEN_VOLUME", 17500, 0.0165, 12, 1250), (17500 / 12 + 1250) / 0.0165, 6);
    expectNear(call("FT_BREAKEVEN_VOLUME", 30000, 0.0165, 6), 5000 / 0.0165, 6);
  });
  it("no saving per request is #N/A", () => {
    expect(call("FT_BREAKEVEN_VOLUME", 30000, -0.001, 6)).toEqual(
      naError("no volume ever breaks even: the small model saves -$0.001 per request; it must save more than $0."),
    );
  });
  it("the horizon must be more than 0 months", () => {
    expect(call("FT_BREAKEVEN_VOLUME", 30000, 0.01, 0)).toEqual(
      valueError("within_months must be a number of months > 0; got 0."),
    );
  });
});

describe("FT_NET_SAVINGS", () => {
  it("omitted maintenance and rate are 0", () => {
    expect(call("FT_NET_SAVINGS", 17500, 8250, 12)).toBe(-17500 + 12 * 8250);
    expect(call("FT_NET_SAVINGS", 17500, 8250, 0)).toBe(-17500);
  });
  it("months must be a whole number", () => {
    expect(call("FT_NET_SAVINGS", 1, 1, 2.5)).toEqual(
      valueError("months must be a whole number of months from 0 to 1,200; got 2.5."),
    );
    expect(call("FT_NET_SAVINGS", 1, 1, -1)).toEqual(
      valueError("months must be a whole number of months from 0 to 1,200; got -1."),
    );
  });
});

describe("TCO and TCO_SERIES", () => {
  it("TCO adds upfront, usage and fixed costs", () => {
    expect(call("TCO", 17500, 0.006, 500000, 24, 1250)).toBe(17500 + 24 * 4250);
    expect(call("TCO", 0, 0.0225, 500000, 12)).toBe(135000);
  });
  it("TCO applies growth, price change and discounting", () => {
    const i = 1.1 ** (1 / 12) - 1;
    let expected = 1000;
    for (let k = 1; k <= 6; k++)
      expected += (100000 * 1.05 ** (k - 1) * 0.01 * 0.5 ** ((k - 1) / 12) + 200) / (1 + i) ** k;
    expectNear(call("TCO", 1000, 0.01, 100000, 6, 200, 0.1, 0.05, -0.5), expected, 6);
  });
  it("TCO_SERIES spills months + 1 cumulative values", () => {
    expect(callRange("TCO_SERIES", 100, 0.01, 1000, 3)).toEqual([[100], [110], [120], [130]]);
    expect(callRange("TCO_SERIES", 100, 0.01, 1000, 0)).toEqual([[100]]);
  });
  it("TCO_SERIES takes single values only", () => {
    expect(callRange("TCO_SERIES", [[1], [2]], 0.01, 1000, 3)).toEqual([
      [valueError("upfront_cost must be a single value; got a range of 2 x 1 cells.")],
    ]);
  });
  it("rejects a growth rate of -1", () => {
    expect(call("TCO", 0, 0.01, 1, 1, 0, 0, -1)).toEqual(
      valueError("monthly_volume_growth must be a decimal greater than -1 and at most 1 (0.10 = 10%); got -1."),
    );
  });
});

describe("FT_COMPARE", () => {
  /** The source article's assumption: Claude 3.5 Haiku fine-tuned at its list prices, as the analyst's own price table. */
  const ARTICLE_PRICES = [
    ["model", "input", "output", "cached input", "ft training", "ft input", "ft output"],
    ["claude-3.5-haiku", 0.8, 4, 0.08, null, 0.8, 4],
  ];
  it("spills the four strategies under a header", () => {
    const table = callRange(
      "FT_COMPARE",
      "claude-sonnet-4",
      "claude-3.5-haiku",
      5000,
      500,
      500000,
      12,
      17500,
      1250,
      null,
      null,
      null,
      ARTICLE_PRICES,
    );
    expect(table).toHaveLength(5);
    expect(table[0]).toEqual([
      "strategy",
      "cost per request",
      "monthly cost",
      "upfront",
      "total over 12 months",
      "saving vs larger model",
    ]);
    expect(table[1][0]).toBe("Larger model");
    expect(table[2][0]).toBe("Fine-tuned small model");
    expect(table[3][0]).toBe("Small model + memory");
    expect(table[4][0]).toBe("Fine-tuned model on dedicated GPUs");
    expectNear(table[1][4], 135000, 6);
    expectNear(table[2][4], 68500, 6);
    expectNear(table[2][5], 66500, 6);
    expectNear(table[3][5], 99000, 6);
    const hosted = naError(
      "claude-3.5-haiku cannot be served on GPUs of your own: Anthropic keeps its weights. Choose an open-weight model (AICOST.MODELS()).",
    );
    expect(table[4]).toEqual(["Fine-tuned model on dedicated GPUs", hosted, hosted, 17500, hosted, hosted]);
  });
  it("never prices fine-tuning that cannot be bought: the row keeps its name and upfront, the rest says why", () => {
    const table = callRange("FT_COMPARE", "claude-sonnet-4", "claude-3.5-haiku", 5000, 500, 500000, 12, 17500, 1250);
    const why = naError(
      "claude-3.5-haiku cannot be fine-tuned: Anthropic offers no fine-tuning for it. Choose a model that can be " +
        "(AICOST.MODELS()), or give fine-tuned prices in price_table.",
    );
    expect(table[2]).toEqual(["Fine-tuned small model", why, why, 17500, why, why]);
    // The other rows are priced as ever.
    expectNear(table[3][4], 36000, 6);
    // gpt-5.4-mini: the case, where FT_REQUEST_COST already said it is not offered.
    const mini = callRange("FT_COMPARE", "gpt-5.5", "gpt-5.4-mini", 1500, 200, 400000, 12, 17500, 1250);
    expect(mini[2][4]).toEqual(
      naError(
        "gpt-5.4-mini cannot be fine-tuned: OpenAI offers no fine-tuning for it. Choose a model that can be (AICOST.MODELS()), or give fine-tuned prices in price_table.",
      ),
    );
  });
  /** FT_COMPARE by argument name, over 400,000 requests of 2,000 and 400 tokens for 12 months; left out: null. */
  const compareTable = (named: Record<string, unknown>) => {
    const args: Record<string, unknown> = {
      large_model: "gpt-5.5",
      input_tokens: 2000,
      output_tokens: 400,
      requests_per_month: 400000,
      months: 12,
      upfront_cost: 17500,
      monthly_maintenance: 1250,
      ...named,
    };
    return callRange("FT_COMPARE", ...FT_COMPARE.params.map((param) => args[param.name] ?? null));
  };
  const MINI = { small_model: "gpt-4.1-mini" };
  const LLAMA = { small_model: "fireworks/llama-3.1-8b-instruct" };

  it("prices OpenAI's closing offer at a start date before 2027-01-06, not from it", () => {
    expectNear(compareTable({ ...MINI, start_date: "2027-01-05" })[2][1], (2000 * 0.8 + 400 * 3.2) / 1e6, 12);
    expect(compareTable({ ...MINI, start_date: "2027-01-06" })[2][1]).toEqual(
      naError(
        "gpt-4.1-mini cannot be fine-tuned: OpenAI takes no new fine-tuning jobs for it since 2027-01-06. " +
          "Choose a model that can be (AICOST.MODELS()), or give fine-tuned prices in price_table.",
      ),
    );
  });
  it("pays the re-tune in the retirement month, discounted as TCO discounts it", () => {
    // gpt-4.1-mini retires on 2027-01-14: month 2 from 2026-12-14, and month 1 from 2026-12-15.
    const total = (start: string, rate = 0, retune: number | null = 9000) =>
      compareTable({ ...MINI, annual_discount_rate: rate, start_date: start, retune_cost: retune })[2][4] as number;
    const monthly = 400000 * ((2000 * 0.8 + 400 * 3.2) / 1e6) + 1250;
    expectNear(total("2026-12-14"), 17500 + 12 * monthly + 9000, 6);
    expectNear(total("2026-12-15"), 17500 + 12 * monthly + 9000, 6);
    // Left out, the re-tune costs the upfront again.
    expectNear(total("2026-12-14", 0, null), 17500 + 12 * monthly + 17500, 6);
    const i = Math.pow(1.1, 1 / 12) - 1;
    let discounted = 17500 + 9000 / Math.pow(1 + i, 2);
    for (let k = 1; k <= 12; k++) discounted += monthly / Math.pow(1 + i, k);
    expectNear(total("2026-12-14", 0.1), discounted, 6);
    // The larger model's total is TCO's, discounted alike.
    expectNear(
      compareTable({ ...MINI, annual_discount_rate: 0.1, start_date: "2026-12-14" })[1][4],
      call("TCO", 0, compareTable(MINI)[1][1], 400000, 12, 0, 0.1) as number,
      6,
    );
  });
  it("reads Excel desktop's blank cell (0) as a left-out start date and dedicated cost, never as 1900 or free GPUs", () => {
    expect(compareTable({ ...LLAMA, start_date: 0, dedicated_monthly_cost: 0 })).toEqual(compareTable(LLAMA));
    expect(callRange("MODELS", "openai", false, 0)).toEqual(callRange("MODELS", "openai"));
  });
  it("prices the dedicated GPUs' row from their monthly cost, for an open-weight model", () => {
    expect(compareTable(LLAMA)[4][4]).toEqual(
      naError(
        "Give dedicated_monthly_cost, the US dollars a month of the GPUs that serve the fine-tuned model, to price this row.",
      ),
    );
    const row = compareTable({ ...LLAMA, dedicated_monthly_cost: 5840 })[4];
    expect(row[0]).toBe("Fine-tuned model on dedicated GPUs");
    expectNear(row[1], 5840 / 400000, 12);
    expectNear(row[2], 5840 + 1250, 9);
    expectNear(row[4], 17500 + 12 * (5840 + 1250), 6);
  });
  const notADate = (got: string) =>
    `start_date must be a date from 2020-01-01 to 2100-12-31 (an Excel date, or text such as "2027-01-01"); got ${got}.`;
  it.each([
    ["start_date", "next month", notADate('"next month"')],
    ["start_date", "2027-02-30", notADate('"2027-02-30"')],
    ["start_date", -5, notADate("-5")],
    ["start_date", "2019-12-31", notADate('"2019-12-31"')],
    ["start_date", 80000, notADate("80000")],
    ["retune_cost", -1, "retune_cost must be a number ≥ 0 (US dollars); got -1."],
    ["dedicated_monthly_cost", -1, "dedicated_monthly_cost must be a number ≥ 0 (US dollars per month); got -1."],
  ])("%s as %j is #VALUE!", (name, value, message) => {
    expect(compareTable({ ...LLAMA, [name]: value })).toEqual([[valueError(message)]]);
  });
  it("adds recall tokens, memory costs and Azure hosting", () => {
    const table = callRange(
      "FT_COMPARE",
      "gpt-4o",
      "azure/gpt-4o-mini",
      1000,
      200,
      100000,
      24,
      10000,
      500,
      600,
      300,
      1500,
    );
    const memoryCost = (1600 * 0.15 + 200 * 0.6) / 1e6;
    expectNear(table[3][1], memoryCost, 12);
    expectNear(table[3][2], 100000 * memoryCost + 300, 9);
    expect(table[3][3]).toBe(1500);
    // Azure bills a fine-tuned deployment at the base model's token prices, plus hosting.
    expectNear(table[2][2], 100000 * ((1000 * 0.15 + 200 * 0.6) / 1e6) + 500 + 1.7 * 730, 9);
  });
  it("an unknown model is #N/A", () => {
    expect(callRange("FT_COMPARE", "gpt-4o", "tiny-llm", 1, 1, 1, 1, 1, 1)).toEqual([
      [
        naError(
          'Unknown model "tiny-llm": it is neither in the price catalogue nor in price_table. AICOST.MODELS() lists the catalogue.',
        ),
      ],
    ]);
  });
  it("a missing required argument is #VALUE!", () => {
    expect(callRange("FT_COMPARE", "gpt-4o", "gpt-4o-mini", 1, 1, 1, 12, 100, null)).toEqual([
      [valueError("monthly_maintenance is required: a number ≥ 0 (US dollars per month); got a blank cell.")],
    ]);
  });
});

describe("FT_DECISION and FT_DECISION_REASONS", () => {
  it("returns the verdict with defaults for omitted arguments", () => {
    expect(call("FT_DECISION", "classification", 8, 12, 600000)).toBe("Fine-tune");
    expect(call("FT_DECISION", "Format Conversion", 8, 12, 200000, null, null, null)).toBe("Evaluate fine-tuning");
    expect(call("FT_DECISION", "classification", 8, 12, 600000, "TRUE")).toBe("Use memory");
    expect(call("FT_DECISION", "classification", 8, 12, 600000, false, 30)).toBe("Use memory");
    expect(call("FT_DECISION", "conversation", 8, 12, 600000, 0, 160, 1)).toBe("Use memory");
    expect(call("FT_DECISION", "reasoning", 8, 12, 600000)).toBe("Use the larger model");
  });
  it("an unknown task type is #VALUE! listing the types", () => {
    expect(call("FT_DECISION", "summarisation", 8, 12, 600000)).toEqual(
      valueError(
        'task_type must be one of classification, extraction, format_conversion, domain_qa, conversation, reasoning, creative, other; got "summarisation".',
      ),
    );
  });
  it("a flag must be TRUE or FALSE", () => {
    expect(call("FT_DECISION", "classification", 8, 12, 600000, "maybe")).toEqual(
      valueError('needs_general_queries must be TRUE or FALSE; got "maybe".'),
    );
  });
  it("explains each rule with a pass or fail mark and ends the deciding one with the verdict", () => {
    const lines = callRange("FT_DECISION_REASONS", "classification", 8, 12, 300000).map((row) => row[0] as string);
    expect(lines).toHaveLength(8);
    expect(lines.every((line) => /^[✓✗] /.test(line))).toBe(true);
    expect(lines[0]).toBe("✓ Narrow task (classification): a small model can learn it from examples");
    expect(lines[6]).toBe("✗ 300,000 requests a month (the rule fine-tunes from 500,000)");
    expect(lines[7]).toBe(
      "✓ 300,000 requests a month (fine-tuning is worth evaluating from 100,000) → Evaluate fine-tuning",
    );
    expect(lines.filter((line) => line.includes("→"))).toHaveLength(1);
  });
});

describe("ASSUMPTION and ASSUMPTIONS", () => {
  it("returns low, mid (the default) and high", () => {
    expect(call("ASSUMPTION", "upfront_total")).toBe(17500);
    expect(call("ASSUMPTION", "UPFRONT_TOTAL", "low")).toBe(5000);
    expect(call("ASSUMPTION", "hourly_rate", "High")).toBe(200);
    expect(call("ASSUMPTION", "volume_threshold", "mid")).toBe(500000);
  });
  it("an unknown name is #N/A, an unknown level #VALUE!", () => {
    const result = call("ASSUMPTION", "coffee_budget");
    expect(result).toEqual(naError('No published assumption named "coffee_budget". AICOST.ASSUMPTIONS() lists them.'));
    expect(call("ASSUMPTION", "hourly_rate", "median")).toEqual(
      valueError('level must be one of low, mid, high; got "median".'),
    );
  });
  it("spills every assumption with a header row", () => {
    const table = callRange("ASSUMPTIONS");
    expect(table[0]).toEqual(["name", "low", "mid", "high", "unit", "meaning", "source"]);
    expect(table).toHaveLength(23);
    // The GPU figures have their own mid and their sources.
    for (const name of ["gpu_hourly_price", "decode_tokens_per_second", "prefill_decode_ratio", "gpu_utilization"]) {
      const row = table.find((line) => line[0] === name);
      expect(row?.[6]).toMatch(/https:\/\//);
      expect(Number(row?.[1])).toBeLessThanOrEqual(Number(row?.[2]));
      expect(Number(row?.[2])).toBeLessThanOrEqual(Number(row?.[3]));
    }
    expect(table.find((row) => row[0] === "maintenance_monthly")?.slice(0, 5)).toEqual([
      "maintenance_monthly",
      500,
      1250,
      2000,
      "$/month",
    ]);
  });
});

describe("messages Excel shows whole (at most 255 characters, as Excel for Mac cuts longer ones)", () => {
  const messageOf = (cell: unknown) => (cell as { message: string }).message;
  it("a long model name is shortened in its message", () => {
    const message = messageOf(call("MODEL_REQUEST_COST", "x".repeat(400), 1, 1));
    expect(message.length).toBeLessThanOrEqual(255);
    expect(message).toMatch(/^Unknown model "x{57}\.\.\."/);
  });
  it("a message around extreme amounts is cut at 255 characters", () => {
    const message = messageOf(call("FT_BREAKEVEN", 1e300, 1e298, 0, 0.5));
    expect(message.length).toBeLessThanOrEqual(255);
    expect(message).toMatch(/^never breaks even: at a 50% annual discount rate/);
  });
});

describe("FT_BREAKEVEN at the edge of what a number can hold", () => {
  it("a payback too far to represent is an overflow, not a false 'never breaks even'", () => {
    expect(call("FT_BREAKEVEN", 1e308, 1e-10)).toEqual(
      valueError("The result is too large to represent; check the size of the arguments."),
    );
  });
});

describe("FT_SERVING_COST", () => {
  it("prices the fine-tuned small model as FT_COMPARE does: fine-tuned prices where sold", () => {
    expect(call("FT_SERVING_COST", "gpt-4.1-mini", 2000, 400)).toBeCloseTo((2000 * 0.8 + 400 * 3.2) / 1e6, 12);
  });
  it("and #N/A saying why where fine-tuning cannot be bought today, never base prices", () => {
    expect(call("FT_SERVING_COST", "claude-3.5-haiku", 5000, 500)).toEqual(
      naError(
        "claude-3.5-haiku cannot be fine-tuned: Anthropic offers no fine-tuning for it. Choose a model that can be " +
          "(AICOST.MODELS()), or give fine-tuned prices in price_table.",
      ),
    );
    expect(call("FT_SERVING_COST", "fireworks/llama-3.1-8b-instruct", 5000, 500)).toBeCloseTo(0.0011, 12);
  });
  it("agrees with FT_COMPARE's fine-tuned row", () => {
    const table = callRange("FT_COMPARE", "gpt-4o", "azure/gpt-4.1-mini", 3000, 300, 1000, 12, 0, 0);
    expect(call("FT_SERVING_COST", "azure/gpt-4.1-mini", 3000, 300)).toBe(table[2][1]);
  });
});

describe("FT_RUNNING_MONTHLY", () => {
  it("adds Azure's hourly hosting over 730 hours to the maintenance", () => {
    expect(call("FT_RUNNING_MONTHLY", "azure/gpt-4.1-mini", 912.5)).toBeCloseTo(912.5 + 1.7 * 730, 9);
  });
  it("is the maintenance alone where the provider bills no hosting", () => {
    expect(call("FT_RUNNING_MONTHLY", "gpt-4.1-mini", 912.5)).toBe(912.5);
  });
  it("takes hosting from a price table", () => {
    expect(call("FT_RUNNING_MONTHLY", "house-3b", 100, [["house-3b", 1, 2, 0, 0, 0, 0, 2]])).toBe(100 + 2 * 730);
  });
  it("names an unknown model", () => {
    expect((call("FT_RUNNING_MONTHLY", "nope", 1) as { code: string }).code).toBe("#N/A");
  });
});

describe("every function", () => {
  it("there are the functions of SPEC section 3 (WORKLOAD of 3.13 too), and FT_SERVING_COST and FT_RUNNING_MONTHLY that the written model uses", () => {
    expect(Object.keys(FUNCTIONS).sort()).toEqual(
      [
        "REQUEST_COST",
        "MODEL_REQUEST_COST",
        "FT_REQUEST_COST",
        "FT_SERVING_COST",
        "MODEL_PRICE",
        "MODELS",
        "FT_MONTHLY_SAVINGS",
        "FT_UPFRONT_COST",
        "FT_TRAINING_COST",
        "FT_GPU_MONTHLY_COST",
        "FT_MAINTENANCE_MONTHLY",
        "FT_RUNNING_MONTHLY",
        "FT_BREAKEVEN",
        "FT_BREAKEVEN_VOLUME",
        "FT_NET_SAVINGS",
        "FT_PAYBACK_RISK",
        "FT_SENSITIVITY",
        "FT_COMPARE_RISK",
        "FT_SWITCH_VALUES",
        "FT_RECOMMEND",
        "TCO",
        "TCO_SERIES",
        "FT_COMPARE",
        "FT_DECISION",
        "FT_DECISION_REASONS",
        "ASSUMPTION",
        "ASSUMPTIONS",
        "WORKLOAD",
      ].sort(),
    );
  });

  it.each(Object.values(FUNCTIONS).filter((definition) => definition.params.some((param) => !isOptional(param))))(
    "$id: every required argument left blank is #VALUE! naming it",
    (definition) => {
      definition.params.forEach((param, index) => {
        if (isOptional(param)) return;
        // A required table takes the function's first example's, which is valid (WORKLOAD's columns).
        const args: unknown[] = definition.params.map((other, at) =>
          other.kind === "table"
            ? isOptional(other)
              ? null
              : (definition.examples[0]?.args[at] ?? [[1]])
            : other.kind === "text"
              ? [["gpt-4o"]]
              : other.kind === "choice"
                ? [[other.choices[0]]]
                : [[1]],
        );
        args[index] = [[null]];
        const [[cell]] = callRange(definition.id, ...args);
        expect(cell).toEqual(
          valueError(
            expect.stringMatching(
              new RegExp(`^${param.name} is required: .*; got a blank cell\\.$`),
            ) as unknown as string,
          ),
        );
      });
    },
  );
});

describe("a blank cell on Excel desktop, which arrives as 0", () => {
  // office-js issues 4702 and 1951: desktop passes a blank cell as 0, the web as null.
  it("is blank for a choice argument: its default", () => {
    expect(call("MODEL_PRICE", "gpt-4o", 0)).toBe(call("MODEL_PRICE", "gpt-4o", null));
    expect(call("ASSUMPTION", "hourly_rate", 0)).toBe(150);
  });
  it("is blank for a text argument: its default, or 'required' where it has none", () => {
    expect(callRange("MODELS", 0)).toEqual(callRange("MODELS"));
    expect(call("MODEL_REQUEST_COST", 0, 5000, 500)).toEqual(
      valueError('model is required: a model id as text, such as "gpt-4o-mini"; got a blank cell.'),
    );
    expect(call("FT_DECISION", 0, 8, 12, 600000)).toEqual(
      valueError(
        "task_type is required: one of classification, extraction, format_conversion, domain_qa, conversation, " +
          "reasoning, creative, other; got a blank cell.",
      ),
    );
  });
  it("stays 0 for a number, which cannot be told apart", () => {
    expect(call("FT_BREAKEVEN", 30000, 8250, 0)).toBeCloseTo(30000 / 8250, 12);
  });
});

describe("cell values, as Excel passes cells with data types", () => {
  it("a Double, FormattedNumber, String or Boolean cell value counts by its basic value; Empty is blank", () => {
    expectNear(
      call(
        "REQUEST_COST",
        { type: "Double", basicValue: 5000 },
        { type: "FormattedNumber", basicValue: 500, numberFormat: "#,##0" },
        { type: "String", basicValue: "3" },
        15,
      ),
      0.0225,
      12,
    );
    expect(call("MODEL_PRICE", { type: "String", basicValue: "gpt-4o" }, { type: "Empty", basicValue: "" })).toBe(2.5);
    expect(call("FT_DECISION", "classification", 8, 12, 600000, { type: "Boolean", basicValue: true })).toBe(
      "Use memory",
    );
  });

  it("an error cell value without its code is #VALUE! naming the argument", () => {
    expect(call("REQUEST_COST", { type: "Error", errorType: "Div0" }, 500, 3, 15)).toEqual(
      valueError("input_tokens holds #VALUE!; correct that cell."),
    );
  });
});

describe("caching, batch and long context (SPEC 3.1)", () => {
  it("cached_share bills that share of input tokens at the cached-input price", () => {
    // claude-sonnet-4.5: input 3, cached 0.3, output 15.
    expectNear(call("MODEL_REQUEST_COST", "claude-sonnet-4.5", 5000, 500, null, 0.8), 0.0117, 12);
    expectNear(call("MODEL_REQUEST_COST", "claude-sonnet-4.5", 5000, 500, null, 0), 0.0225, 12);
  });
  it("a request above the long-context threshold is billed whole at the long-context rates", () => {
    // claude-sonnet-4.5: above 200,000 input tokens, input 6 and output 22.5; cached scales as input does.
    expectNear(call("MODEL_REQUEST_COST", "claude-sonnet-4.5", 200000, 1000), (200000 * 3 + 1000 * 15) / 1e6, 12);
    expectNear(call("MODEL_REQUEST_COST", "claude-sonnet-4.5", 200001, 1000), (200001 * 6 + 1000 * 22.5) / 1e6, 12);
    expectNear(
      call("MODEL_REQUEST_COST", "claude-sonnet-4.5", 300000, 1000, null, 0.5),
      (300000 * (0.5 * 3 + 0.5 * 0.3) * 2 + 1000 * 22.5) / 1e6,
      12,
    );
  });
  it("batch_share bills that share of requests at the batch rates", () => {
    // gpt-4.1: input 2, output 8, batch 1 and 4.
    const listed = (2000 * 2 + 400 * 8) / 1e6;
    const batched = (2000 * 1 + 400 * 4) / 1e6;
    expectNear(call("MODEL_REQUEST_COST", "gpt-4.1", 2000, 400, null, 0, 0.25), 0.75 * listed + 0.25 * batched, 12);
    expectNear(call("MODEL_REQUEST_COST", "gpt-4.1", 2000, 400, null, 0, 1), batched, 12);
  });
  it("FT_REQUEST_COST takes the fine-tuned cached-input price", () => {
    // gpt-4.1-mini fine-tuned: input 0.8, cached 0.2, output 3.2.
    expectNear(call("FT_REQUEST_COST", "gpt-4.1-mini", 2000, 400, null, 0.5), (2000 * 0.5 + 400 * 3.2) / 1e6, 12);
  });
  it("a share the model has no price for is #N/A naming the model and the price", () => {
    expect(call("MODEL_REQUEST_COST", "gpt-5.1", 1000, 100, null, 0, 0.5)).toEqual(
      naError(
        "gpt-5.1 has no batch_input price: it is not offered for this model. Give your own price in a price_table to use one.",
      ),
    );
    expect(call("MODEL_REQUEST_COST", "tiny", 1, 1, [["tiny", 1, 2]], 0.5)).toEqual(
      naError(
        "tiny has no cached_input price: it is not offered for this model. Give your own price in a price_table to use one.",
      ),
    );
  });
  it("a share outside [0, 1] is #VALUE!, and 25 is read as a per cent typed without its sign", () => {
    expect(call("MODEL_REQUEST_COST", "gpt-4.1", 1, 1, null, -0.1)).toEqual(
      valueError("cached_share must be a decimal from 0 to 1 (0.25 = 25%); got -0.1."),
    );
    expect(call("MODEL_REQUEST_COST", "gpt-4.1", 1, 1, null, 0, 25)).toEqual(
      valueError("batch_share 25 means 2,500 %; type 25% or 0.25. Rates are decimals and at most 1 (100%)."),
    );
  });
  it("MODEL_PRICE answers every kind, the threshold in tokens", () => {
    expect(call("MODEL_PRICE", "claude-sonnet-4.5", "cache_write")).toBe(3.75);
    expect(call("MODEL_PRICE", "gpt-4.1", "batch_output")).toBe(4);
    expect(call("MODEL_PRICE", "gemini-2.5-pro", "long_context_threshold")).toBe(200000);
    expect(call("MODEL_PRICE", "gpt-4.1-mini", "ft_cached_input")).toBe(0.2);
  });
});

describe("FT_COMPARE: shorter prompts and priced quality risk (SPEC 3.4)", () => {
  // gpt-5.4 (2.5/15) against a fine-tuned gpt-4.1-mini (0.8/3.2; base 0.4/1.6), 5,000 in, 500 out.
  const args = ["gpt-5.4", "gpt-4.1-mini", 5000, 500, 500000, 12, 17500, 1250, 1000, 200, 300, null];
  const large = (5000 * 2.5 + 500 * 15) / 1e6;

  it("prices the fine-tuned model on its shorter prompt and adds the fallback share at the larger model's cost", () => {
    const table = callRange("FT_COMPARE", ...args, 1500, 0.05, 0.1);
    expectNear(table[1][1], large, 12);
    expectNear(table[2][1], (1500 * 0.8 + 500 * 3.2) / 1e6 + 0.05 * large, 12);
    expectNear(table[3][1], ((5000 + 1000) * 0.4 + 500 * 1.6) / 1e6 + 0.1 * large, 12);
    expectNear(table[2][2], 500000 * (table[2][1] as number) + 1250, 6);
  });

  it("left out, the fine-tuned prompt is the larger model's and no request falls back: old formulas keep their meaning", () => {
    const before = callRange("FT_COMPARE", ...args);
    expect(callRange("FT_COMPARE", ...args, null, null, null)).toEqual(before);
    expect(callRange("FT_COMPARE", ...args, 5000, 0, 0)).toEqual(before);
    expectNear(before[2][1], (5000 * 0.8 + 500 * 3.2) / 1e6, 12);
  });

  it("a share outside [0, 1] is #VALUE!", () => {
    expect(callRange("FT_COMPARE", ...args, 1500, 1.5)).toEqual([
      [valueError("fallback_share 1.5 means 150 %; type 1.5% or 0.015. Rates are decimals and at most 1 (100%).")],
    ]);
  });
});

describe("a negative saving is said as a cost", () => {
  it("FT_BREAKEVEN on a small model that costs more says how much more, not a saving of -$8,250", () => {
    expect(call("FT_BREAKEVEN", 17500, -8250, 912.5)).toEqual(
      naError(
        "never breaks even: the small model costs $8,250/month more than the larger model before any maintenance",
      ),
    );
  });
});

describe("FT_RECOMMEND: one recommendation, never a contradiction (SPEC 3.4b)", () => {
  const HEADER = ["strategy", "cost per request", "monthly cost", "upfront", "total over 12 months", "saving"];
  const NOT_PRICED = { code: "#N/A", message: "not priced" };
  /** FT_COMPARE's table with these totals (larger, fine-tuned, memory, dedicated); only the totals matter. */
  const comparison = (larger: number, fineTuned: number, memory: number, dedicated?: number): unknown[][] => [
    ["Larger model", 0.02, 1, 0, larger, 0],
    ["Fine-tuned small model", 0.01, 1, 17500, fineTuned, larger - fineTuned],
    ["Small model + memory", 0.01, 1, 0, memory, larger - memory],
    ["Fine-tuned model on dedicated GPUs", NOT_PRICED, NOT_PRICED, 17500, dedicated ?? NOT_PRICED, NOT_PRICED],
  ];
  const recommend = (verdict: string, table: readonly unknown[][]) =>
    callRange("FT_RECOMMEND", verdict, table).map((row) => row[0]);

  it.each([
    [
      "Fine-tune",
      [135000, 68500, 95600],
      "Fine-tune",
      "The fine-tuned small model, the rule's choice, is also the cheapest it allows: $27,100 less in total than the small model with memory.",
    ],
    [
      "Fine-tune",
      [135000, 68500, 41400],
      "Use memory",
      "The rule allows fine-tuning, but the small model with memory costs $27,100 less in total.",
    ],
    [
      "Fine-tune",
      [60000, 68500, 95600],
      "Use the larger model",
      "The rule allows fine-tuning, but the larger model costs $8,500 less in total.",
    ],
    [
      "Evaluate fine-tuning",
      [135000, 68500, 95600],
      "Evaluate fine-tuning",
      "The fine-tuned small model, the rule's choice, is also the cheapest it allows: $27,100 less in total than the small model with memory.",
    ],
    [
      "Use memory",
      [135000, 68500, 95600],
      "Use memory",
      "The small model with memory, the rule's choice, is also the cheapest it allows: $39,400 less in total than the larger model; the fine-tuned small model would cost $27,100 less, but the rule finds it unfit for the task.",
    ],
    [
      "Use memory",
      [90000, 68500, 95600],
      "Use the larger model",
      "The rule allows memory, but the larger model costs $5,600 less in total; the fine-tuned small model would cost $21,500 less, but the rule finds it unfit for the task.",
    ],
    [
      "Use the larger model",
      [135000, 68500, 95600],
      "Use the larger model",
      "The rule allows only the larger model for this task, at $135,000 in total; the fine-tuned small model would cost $66,500 less, but the rule finds it unfit for the task.",
    ],
    [
      "Use the larger model",
      [50000, 68500, 95600],
      "Use the larger model",
      "The rule allows only the larger model for this task, at $50,000 in total.",
    ],
  ] as const)("%s with totals %j: %s", (verdict, totals, expected, reason) => {
    expect(recommend(verdict, comparison(totals[0], totals[1], totals[2]))).toEqual([expected, reason]);
  });

  it("a tie goes to the rule's own choice, then to the larger model", () => {
    expect(recommend("Fine-tune", comparison(100000, 70000, 70000))).toEqual([
      "Fine-tune",
      "The fine-tuned small model, the rule's choice, costs the same in total as the small model with memory.",
    ]);
    expect(recommend("Use memory", comparison(70000, 90000, 70000))[0]).toBe("Use memory");
    // Neither tied strategy is the rule's choice: the larger model wins the tie.
    expect(recommend("Fine-tune", comparison(60000, 90000, 60000))[0]).toBe("Use the larger model");
  });

  it("reads the comparison with or without its header row, and the verdict whatever its case", () => {
    const totals = [135000, 68500, 41400] as const;
    expect(recommend("fine-TUNE ", [HEADER, ...comparison(...totals)])).toEqual(
      recommend("Fine-tune", comparison(...totals)),
    );
  });

  it("refuses a verdict that is none of the four and a comparison without the larger model's row", () => {
    expect(callRange("FT_RECOMMEND", "Maybe", comparison(1, 2, 3))).toEqual([
      [
        valueError(
          'verdict must be one of Fine-tune, Evaluate fine-tuning, Use memory or Use the larger model; got "Maybe".',
        ),
      ],
    ]);
    expect(callRange("FT_RECOMMEND", "Fine-tune", comparison(1, 2, 3).slice(1))).toEqual([
      [
        valueError(
          "comparison must be FT_COMPARE's table: a row per strategy (Larger model, Fine-tuned small model, Small model + " +
            "memory or Fine-tuned model on dedicated GPUs) by name, totals in the fifth column; it has no row Larger model.",
        ),
      ],
    ]);
    // A table written before the dedicated GPUs' row existed still reads: the strategies it lacks are not priced.
    expect(recommend("Fine-tune", comparison(135000, 68500, 95600).slice(0, 3))).toEqual(
      recommend("Fine-tune", comparison(135000, 68500, 95600)),
    );
    expect(callRange("FT_RECOMMEND", "Fine-tune", null)[0][0]).toEqual(
      valueError(expect.stringMatching(/^comparison is required: FT_COMPARE's table/)),
    );
  });

  it("a total that holds another error, or the larger model's #N/A, passes it on", () => {
    const table = comparison(1, 2, 3);
    table[1][4] = { code: "#VALUE!", message: "upfront_cost must be a number" };
    expect(callRange("FT_RECOMMEND", "Fine-tune", table)).toEqual([[valueError("upfront_cost must be a number")]]);
    const larger = comparison(1, 2, 3);
    larger[0][4] = { code: "#N/A", message: "Unknown model" };
    expect(callRange("FT_RECOMMEND", "Fine-tune", larger)).toEqual([[naError("Unknown model")]]);
  });

  it("never recommends a row of #N/A totals, and says so when it was the rule's choice", () => {
    const table = comparison(135000, 0, 95600);
    table[1] = ["Fine-tuned small model", NOT_PRICED, NOT_PRICED, 17500, NOT_PRICED, NOT_PRICED];
    expect(recommend("Fine-tune", table)).toEqual([
      "Use memory",
      "The rule allows fine-tuning, but the fine-tuned small model cannot be priced (see its row): the small model " +
        "with memory is the cheapest it allows, $39,400 less in total than the larger model.",
    ]);
    expect(recommend("Use the larger model", table)[0]).toBe("Use the larger model");
  });

  it("names fine-tuning on dedicated GPUs where that is the cheapest way to serve the rule's choice", () => {
    expect(recommend("Fine-tune", comparison(135000, 68500, 95600, 50000))).toEqual([
      "Fine-tune on dedicated GPUs",
      "The fine-tuned model on dedicated GPUs, the rule's choice, is also the cheapest it allows: $18,500 less in " +
        "total than the fine-tuned small model.",
    ]);
    expect(recommend("Evaluate fine-tuning", comparison(135000, 68500, 95600, 50000))[0]).toBe(
      "Fine-tune on dedicated GPUs",
    );
    // The rule allows only memory: the GPUs would cost less, but are not fit.
    expect(recommend("Use memory", comparison(135000, 68500, 95600, 50000))).toEqual([
      "Use memory",
      "The small model with memory, the rule's choice, is also the cheapest it allows: $39,400 less in total than " +
        "the larger model; the fine-tuned model on dedicated GPUs would cost $45,600 less, but the rule finds it unfit for the task.",
    ]);
    // A tie between the two ways of fine-tuning goes to the rule's own choice, per token.
    expect(recommend("Fine-tune", comparison(135000, 50000, 95600, 50000))[0]).toBe("Fine-tune");
  });

  it("either way of fine-tuning is the rule's choice: a tie with memory goes to it, and memory's margin is over the cheaper way", () => {
    // Dedicated GPUs tie with memory: the rule's choice wins the tie (SPEC 3.4b), not the table's order.
    expect(recommend("Fine-tune", comparison(135000, 90000, 50000, 50000))).toEqual([
      "Fine-tune on dedicated GPUs",
      "The fine-tuned model on dedicated GPUs, the rule's choice, costs the same in total as the small model with memory.",
    ]);
    // Memory overrules fine-tuning by what it saves over fine-tuning's cheaper way: 60,000 − 50,000, not 90,000 − 50,000.
    expect(recommend("Fine-tune", comparison(135000, 90000, 50000, 60000))).toEqual([
      "Use memory",
      "The rule allows fine-tuning, but the small model with memory costs $10,000 less in total.",
    ]);
    // Per token unpriced: fine-tuning is still priced on dedicated GPUs, and the margin is over them.
    expect(
      recommend(
        "Fine-tune",
        [...comparison(135000, 0, 50000, 60000)].map((row, r) =>
          r === 1 ? [row[0], NOT_PRICED, NOT_PRICED, 17500, NOT_PRICED, NOT_PRICED] : row,
        ),
      ),
    ).toEqual([
      "Use memory",
      "The rule allows fine-tuning, but the small model with memory costs $10,000 less in total.",
    ]);
  });

  it("a comparison that is itself an error, as Excel passes FT_COMPARE's #N/A, passes it on", () => {
    const failed = [
      [{ code: "#N/A", message: "gpt-4o has no batch_input price" }, null],
      [null, null],
    ];
    expect(callRange("FT_RECOMMEND", "Fine-tune", failed)).toEqual([[naError("gpt-4o has no batch_input price")]]);
  });

  it("recommends from a live FT_COMPARE table, as the written model does, skipping its unpriced rows", () => {
    // Memory: 5,000 + 1,000 recalled tokens on Claude 3.5 Haiku, $200 a month: $0.0068 a request, $43,200 over 12 months.
    const table = callRange(
      "FT_COMPARE",
      "claude-sonnet-4",
      "claude-3.5-haiku",
      5000,
      500,
      500000,
      12,
      17500,
      1250,
      1000,
      200,
    );
    const verdict = call("FT_DECISION", "classification", 8, 12, 500000);
    expect(verdict).toBe("Fine-tune");
    expect(recommend(String(verdict), table)).toEqual([
      "Use memory",
      "The rule allows fine-tuning, but the fine-tuned small model cannot be priced (see its row): the small model " +
        "with memory is the cheapest it allows, $91,800 less in total than the larger model.",
    ]);
  });
});
