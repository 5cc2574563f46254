import { useState } from "react";
import type { CardSummary } from "../../domain/cards";
import { STAR_FIELDS, STAR_LABELS, type Story, storyProblem, storySpokenMs, storyWords } from "../../domain/stories";
import { formatDuration } from "../common/use-now";

const PLACEHOLDER: Record<(typeof STAR_FIELDS)[number], string> = {
  situation: "Where and when: the team, the project, what was at stake.",
  task: "What you had to do, or the problem that was yours.",
  action: "What you did (say “I”, not “we”): the steps and why you chose them.",
  result: "What changed, with a number if you have one, and what you learnt.",
};

/** A STAR story: title, the four parts, the prompts it answers; word count and spoken time as you write. */
export function StoryEditor(props: {
  story: Story;
  prompts: CardSummary[];
  onSave(story: Story): void;
  onCancel(): void;
}) {
  const [story, setStory] = useState(props.story);
  const [problem, setProblem] = useState<string | null>(null);
  const words = storyWords(story);
  const togglePrompt = (id: string) =>
    setStory((s) => ({
      ...s,
      prompts: s.prompts.includes(id) ? s.prompts.filter((p) => p !== id) : [...s.prompts, id],
    }));
  return (
    <form
      className="card story-editor"
      aria-label="Story"
      onSubmit={(e) => {
        e.preventDefault();
        const why = storyProblem(story);
        setProblem(why);
        if (!why) props.onSave({ ...story, title: story.title.trim() });
      }}
    >
      <label className="field">
        Title
        <input
          value={story.title}
          placeholder="e.g. Shipping the churn model a week late"
          onChange={(e) => setStory({ ...story, title: e.target.value })}
        />
      </label>
      {STAR_FIELDS.map((f) => (
        <label key={f} className="field">
          {STAR_LABELS[f]}
          <textarea
            rows={f === "action" ? 5 : 3}
            value={story[f]}
            placeholder={PLACEHOLDER[f]}
            onChange={(e) => setStory({ ...story, [f]: e.target.value })}
          />
        </label>
      ))}
      {props.prompts.length > 0 && (
        <fieldset>
          <legend>Prompts this story answers</legend>
          <div className="check-grid">
            {props.prompts.map((p) => (
              <label key={p.id} className="check">
                <input type="checkbox" checked={story.prompts.includes(p.id)} onChange={() => togglePrompt(p.id)} />{" "}
                {p.title}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <p className="muted" role="status">
        {words} words · about {formatDuration(storySpokenMs(story))} spoken (at about 150 words per minute; aim for 1½
        to 3 minutes)
      </p>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <div className="form-row">
        <button type="submit" className="btn-primary">
          Save story
        </button>
        <button type="button" className="btn-ghost" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
