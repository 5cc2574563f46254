import { useState } from "react";
import { BEHAVIOURAL_AREAS, type CardSummary } from "../../domain/cards";
import { emptyStory, type Story, sortedStories, storySpokenMs, storyWords } from "../../domain/stories";
import { ConfirmButton } from "../common/ConfirmButton";
import { plural } from "../common/plural";
import { formatDuration } from "../common/use-now";
import { SectionSwitch } from "../concepts/SectionSwitch";
import { useCardIndex } from "../concepts/use-deck";
import { useDocumentTitle } from "../page-focus";
import { href } from "../router";
import { useApp } from "../store-context";
import { StoryEditor } from "./StoryEditor";
import { StoryRehearsal } from "./StoryRehearsal";
import "../concepts/concepts.css";
import "./stories.css";

const AREA_TITLE: Record<string, string> = {
  collaboration: "Collaboration",
  disagreement: "Disagreement",
  failure: "Failure and what changed",
  explaining: "Explaining to non-technical people",
  uncertainty: "Decisions under uncertainty",
  leadership: "Leadership and ownership",
  motivation: "Motivation",
};

/** The behavioural story bank: the prompts by area, your STAR stories, and timed rehearsal. */
export default function StoriesPage() {
  const { cards: index } = useCardIndex();
  const stories = useApp((s) => s.stories);
  const save = useApp((s) => s.saveStory);
  const remove = useApp((s) => s.deleteStory);
  const [editing, setEditing] = useState<Story | null>(null);
  const [rehearsing, setRehearsing] = useState<{ story: Story; promptId: string | undefined } | null>(null);
  useDocumentTitle("Story bank");
  const prompts = index?.filter((c) => c.kind === "behavioural") ?? [];
  const list = sortedStories(stories);
  const titleOf = (id: string) => prompts.find((p) => p.id === id)?.title ?? id;
  const startNew = (promptId?: string) => {
    const story = emptyStory(Date.now());
    setEditing(promptId ? { ...story, prompts: [promptId] } : story);
    setRehearsing(null);
  };
  return (
    <div className="page stories-page">
      <SectionSwitch current="stories" />
      <header className="page-header">
        <div>
          <h1>Story bank</h1>
          <p>
            Behavioural rounds ask for stories: a collaboration, a disagreement, a failure and what changed, explaining
            a model to someone non-technical, a decision under uncertainty. Write each once in STAR form (situation,
            task, action, result), link it to the prompts it answers, and rehearse it aloud against the clock. Your
            stories stay on this device (and in your export file); they are never sent anywhere.
          </p>
        </div>
        <button type="button" className="btn-primary" onClick={() => startNew()}>
          New story
        </button>
      </header>
      {editing && (
        <StoryEditor
          key={editing.id}
          story={editing}
          prompts={prompts}
          onCancel={() => setEditing(null)}
          onSave={(story) => {
            save(story);
            setEditing(null);
          }}
        />
      )}
      {rehearsing && (
        <StoryRehearsal
          key={rehearsing.story.id}
          story={rehearsing.story}
          prompt={prompts.find((p) => p.id === rehearsing.promptId)}
          onClose={() => setRehearsing(null)}
        />
      )}
      <section aria-labelledby="your-stories-heading">
        <h2 id="your-stories-heading" className="section-title">
          Your stories <span className="count">{list.length}</span>
        </h2>
        {list.length === 0 ? (
          <div className="card empty-state">
            <strong>No stories yet</strong>
            <p>Start with the project you know best: most prompts can be answered from three or four good stories.</p>
          </div>
        ) : (
          <ul className="story-list">
            {list.map((story) => (
              <li key={story.id} className="card story-item" data-story={story.id}>
                <div className="story-main">
                  <h3>{story.title}</h3>
                  <p className="muted">
                    {storyWords(story)} words · about {formatDuration(storySpokenMs(story))} spoken
                  </p>
                  {story.prompts.length > 0 && (
                    <ul className="story-tags" aria-label="Prompts it answers">
                      {story.prompts.map((p) => (
                        <li key={p} className="tag">
                          {titleOf(p)}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
                <div className="story-actions">
                  <button
                    type="button"
                    className="btn-sm"
                    onClick={() => {
                      setRehearsing({ story, promptId: story.prompts[0] });
                      setEditing(null);
                    }}
                  >
                    Rehearse
                  </button>
                  <button
                    type="button"
                    className="btn-sm btn-ghost"
                    onClick={() => {
                      setEditing(story);
                      setRehearsing(null);
                    }}
                  >
                    Edit
                  </button>
                  <ConfirmButton
                    label="Delete"
                    className="btn-sm btn-ghost"
                    question={`Delete the story “${story.title}”? This cannot be undone (export your data first to keep a copy).`}
                    confirmLabel="Delete story"
                    onConfirm={() => remove(story.id)}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="prompts-heading">
        <h2 id="prompts-heading" className="section-title">
          Prompts <span className="count">{prompts.length}</span>
        </h2>
        {!index && <p className="muted">Loading the prompts…</p>}
        {BEHAVIOURAL_AREAS.map((area) => {
          const inArea = prompts.filter((p) => p.area === area);
          if (inArea.length === 0) return null;
          return (
            <div key={area} className="prompt-area">
              <h3>{AREA_TITLE[area] ?? area}</h3>
              <ul className="card concept-list">
                {inArea.map((p) => (
                  <PromptRow key={p.id} prompt={p} stories={list} onWrite={() => startNew(p.id)} />
                ))}
              </ul>
            </div>
          );
        })}
      </section>
    </div>
  );
}

function PromptRow(props: { prompt: CardSummary; stories: Story[]; onWrite(): void }) {
  const { prompt } = props;
  const linked = props.stories.filter((s) => s.prompts.includes(prompt.id)).length;
  return (
    <li>
      <a href={href({ page: "concept", id: prompt.id })} className="concept-title">
        {prompt.title}
      </a>
      <span className="concept-meta">
        <span className={linked ? "status status-solved" : "status status-new"}>
          {plural(linked, "story", "stories")}
        </span>
        <button type="button" className="btn-sm btn-ghost" onClick={props.onWrite}>
          Write a story
        </button>
      </span>
    </li>
  );
}
