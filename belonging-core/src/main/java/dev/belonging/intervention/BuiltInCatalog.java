package dev.belonging.intervention;

import static dev.belonging.instrument.Construct.AUTHENTICITY;
import static dev.belonging.instrument.Construct.BELONGING;
import static dev.belonging.instrument.Construct.CONNECTION;
import static dev.belonging.instrument.Construct.PROCEDURAL_FAIRNESS;
import static dev.belonging.instrument.Construct.PSYCHOLOGICAL_SAFETY;
import static dev.belonging.instrument.Construct.RECOGNITION;
import static dev.belonging.instrument.Construct.VOICE;
import static dev.belonging.intervention.BuiltInItems.AUTHENTICITY_BE_MYSELF;
import static dev.belonging.intervention.BuiltInItems.BELONGING_PULSE;
import static dev.belonging.intervention.BuiltInItems.CONNECTION_INFORMAL_CONTACT;
import static dev.belonging.intervention.BuiltInItems.CONNECTION_KNOW_COLLEAGUES;
import static dev.belonging.intervention.BuiltInItems.CONNECTION_REMOTE_INCLUDED;
import static dev.belonging.intervention.BuiltInItems.FAIRNESS_EQUAL_ACCESS;
import static dev.belonging.intervention.BuiltInItems.FAIRNESS_TRANSPARENT_DECISIONS;
import static dev.belonging.intervention.BuiltInItems.RECOGNITION_CREDITED;
import static dev.belonging.intervention.BuiltInItems.RECOGNITION_REMOTE_PARITY;
import static dev.belonging.intervention.BuiltInItems.RECOGNITION_REMOTE_VISIBLE;
import static dev.belonging.intervention.BuiltInItems.SAFETY_ASK_QUESTIONS;
import static dev.belonging.intervention.BuiltInItems.SAFETY_MISTAKES_OK;
import static dev.belonging.intervention.BuiltInItems.VOICE_DISSENT;
import static dev.belonging.intervention.BuiltInItems.VOICE_HEARD_IN_MEETINGS;
import static dev.belonging.intervention.BuiltInItems.VOICE_SPEAK_UP;
import static dev.belonging.intervention.OrgShape.FRONTLINE_SHIFT;
import static dev.belonging.intervention.OrgShape.LARGE_ORGANISATION;
import static dev.belonging.intervention.OrgShape.REMOTE_FIRST;
import static dev.belonging.intervention.OrgShape.SMALL_TEAM;
import static dev.belonging.intervention.ServedGroup.EVERYONE;
import static dev.belonging.intervention.ServedGroup.FRONTLINE;
import static dev.belonging.intervention.ServedGroup.JUNIOR_STAFF;
import static dev.belonging.intervention.ServedGroup.NEW_JOINERS;
import static dev.belonging.intervention.ServedGroup.REMOTE_STAFF;

import com.google.common.collect.ImmutableList;

/** The content of {@link InterventionCatalog#builtIn()}, written for belonging. */
final class BuiltInCatalog {
  private BuiltInCatalog() {}

  private static final int MONTH = 30;

  static ImmutableList<Intervention> entries() {
    return ImmutableList.of(
        entry("remote_office_coffee", "Remote and office coffee pairs",
            "Every two weeks, pair one person who works remotely with one who works in the "
                + "office for a 20-minute video coffee with no work agenda. Remote staff miss the "
                + "corridor chats that build informal ties; a standing, scheduled pairing "
                + "replaces chance with a habit and lets both sides see each other as people.")
            .addSteps("Invite people to opt in; keep the list of participants voluntary.",
                "Pair remote with office staff across teams with the pairing scheduler.",
                "Send each pair a calendar hold and one light conversation prompt.",
                "After a month, re-ask the connection items and decide whether to go on.")
            .addTargets(CONNECTION, BELONGING)
            .addServedGroups(REMOTE_STAFF, EVERYONE)
            .addOrgShapes(REMOTE_FIRST, LARGE_ORGANISATION, SMALL_TEAM)
            .kind(Kind.PRACTICE).effort(Level.LOW).cost(Level.LOW).cadence(Cadence.FORTNIGHTLY)
            .trialDays(MONTH)
            .addWatchedItems(CONNECTION_REMOTE_INCLUDED, CONNECTION_KNOW_COLLEAGUES)
            .build(),
        entry("random_pair_calls", "Opt-in random pair calls",
            "Once a week, people who signed up are matched at random with someone they rarely "
                + "work with for a short call without an agenda. The randomness widens networks "
                + "beyond one's own team, which matters most for people who have not yet built "
                + "their own web of contacts.")
            .addSteps("Open a sign-up list and explain that calls are optional and agenda-free.",
                "Match sign-ups weekly, avoiding repeats of recent pairs.",
                "Let anyone skip a week without explanation.")
            .addTargets(CONNECTION)
            .addServedGroups(EVERYONE, NEW_JOINERS)
            .addOrgShapes(REMOTE_FIRST, LARGE_ORGANISATION)
            .kind(Kind.PRACTICE).effort(Level.LOW).cost(Level.LOW).cadence(Cadence.WEEKLY)
            .trialDays(MONTH)
            .addWatchedItems(CONNECTION_INFORMAL_CONTACT, CONNECTION_KNOW_COLLEAGUES)
            .build(),
        entry("social_video_break", "Weekly social video break",
            "A half-hour video slot each week where the team meets only to talk, drink tea "
                + "and catch up, with cameras optional. It gives distributed teams a shared, "
                + "low-stakes moment that an office gets for free at the kitchen counter.")
            .addSteps("Pick a slot that sits inside everyone's working hours.",
                "Keep it social: no status updates, no manager agenda.",
                "Rotate a volunteer host who opens with a light question.")
            .addTargets(CONNECTION, AUTHENTICITY)
            .addServedGroups(REMOTE_STAFF)
            .addOrgShapes(REMOTE_FIRST, SMALL_TEAM)
            .kind(Kind.PRACTICE).effort(Level.LOW).cost(Level.LOW).cadence(Cadence.WEEKLY)
            .trialDays(MONTH)
            .addWatchedItems(CONNECTION_INFORMAL_CONTACT, CONNECTION_REMOTE_INCLUDED)
            .build(),
        entry("daily_life_snippets", "Snippets of daily life",
            "A shared channel where people post small glimpses of their day outside work: a "
                + "walk, a meal, a pet. Seeing colleagues' lives beyond the task list builds the "
                + "familiarity that makes it easier to be oneself at work; leaders post too, so "
                + "sharing is never a one-way request.")
            .addSteps("Open a dedicated channel with a weekly light prompt.",
                "Ask leaders to post first and regularly.",
                "Keep it optional; never comment on who does not post.")
            .addTargets(CONNECTION, AUTHENTICITY)
            .addServedGroups(REMOTE_STAFF, EVERYONE)
            .addOrgShapes(REMOTE_FIRST, SMALL_TEAM)
            .kind(Kind.PRACTICE).effort(Level.LOW).cost(Level.LOW).cadence(Cadence.WEEKLY)
            .trialDays(MONTH)
            .sharing(Sharing.LEADERS_FIRST)
            .addWatchedItems(CONNECTION_KNOW_COLLEAGUES, AUTHENTICITY_BE_MYSELF)
            .build(),
        entry("first_voice_rule", "Junior voice first",
            "When a team discusses a topic, the least senior person present gives their view "
                + "before anyone else. Once a senior view is on the table, others tend to line "
                + "up behind it; hearing the junior view first surfaces ideas and doubts that "
                + "would otherwise stay unsaid.")
            .addSteps("Explain the rule and why it exists at the next team meeting.",
                "The facilitator invites the most junior person to open each discussion topic.",
                "Senior people hold back their view until at least two others have spoken.")
            .addTargets(VOICE, PSYCHOLOGICAL_SAFETY)
            .addServedGroups(JUNIOR_STAFF, NEW_JOINERS)
            .addOrgShapes(SMALL_TEAM, LARGE_ORGANISATION, REMOTE_FIRST)
            .kind(Kind.PRACTICE).effort(Level.LOW).cost(Level.LOW).cadence(Cadence.CONTINUOUS)
            .trialDays(MONTH)
            .addWatchedItems(VOICE_SPEAK_UP, VOICE_HEARD_IN_MEETINGS)
            .build(),
        entry("appreciation_round", "Appreciation round",
            "The first two minutes of a regular team meeting go to thanking someone for a "
                + "specific piece of work. Naming concrete contributions out loud makes quiet "
                + "and remote work visible and sets a habit of crediting people by name.")
            .addSteps("Add a two-minute appreciation slot to the top of the weekly meeting.",
                "Ask for specific thanks: what the person did and what it made possible.",
                "Make sure remote and part-time colleagues are named as often as others.")
            .addTargets(RECOGNITION, CONNECTION)
            .addServedGroups(EVERYONE)
            .addOrgShapes(SMALL_TEAM, REMOTE_FIRST, FRONTLINE_SHIFT)
            .kind(Kind.PRACTICE).effort(Level.LOW).cost(Level.LOW).cadence(Cadence.WEEKLY)
            .trialDays(MONTH)
            .addWatchedItems(RECOGNITION_CREDITED, RECOGNITION_REMOTE_VISIBLE)
            .build(),
        entry("one_to_one_belonging_checkin", "Belonging check-in in one-to-ones",
            "Managers add one standing question about belonging to their regular one-to-ones, "
                + "such as what made the person feel part of the team lately and what did not. "
                + "It turns belonging from an annual survey topic into a routine conversation "
                + "where problems surface while they are still small.")
            .addSteps("Agree a short set of rotating check-in questions with managers.",
                "Ask one at every one-to-one and note actions, not answers.",
                "Follow up on the action at the next one-to-one.")
            .addTargets(BELONGING, PSYCHOLOGICAL_SAFETY, AUTHENTICITY)
            .addServedGroups(EVERYONE, NEW_JOINERS)
            .addOrgShapes(SMALL_TEAM, REMOTE_FIRST, LARGE_ORGANISATION)
            .kind(Kind.PRACTICE).effort(Level.LOW).cost(Level.LOW).cadence(Cadence.WEEKLY)
            .trialDays(MONTH)
            .addWatchedItems(BELONGING_PULSE, SAFETY_ASK_QUESTIONS)
            .build(),
        entry("visible_remote_recognition", "Recognition where remote work is seen",
            "Credit for remote colleagues is given in the same shared channels and all-hands "
                + "calls where office work gets noticed, not in private messages. Work done out "
                + "of sight is easily forgotten; putting it on the shared stage corrects the "
                + "bias towards whoever is physically present.")
            .addSteps("Agree that praise for results goes to the shared team channel.",
                "Reserve a moment in all-hands calls for remote contributions.",
                "Once a month, check who was credited and whom the team missed.")
            .addTargets(RECOGNITION)
            .addServedGroups(REMOTE_STAFF)
            .addOrgShapes(REMOTE_FIRST, LARGE_ORGANISATION)
            .kind(Kind.PRACTICE).effort(Level.LOW).cost(Level.LOW).cadence(Cadence.WEEKLY)
            .trialDays(MONTH)
            .addWatchedItems(RECOGNITION_REMOTE_VISIBLE, RECOGNITION_CREDITED)
            .build(),
        entry("time_zone_fair_decisions", "Decisions that wait for every time zone",
            "Decisions that affect a distributed team stay open until every time zone has had "
                + "a working day to weigh in, and meetings outside someone's normal hours are "
                + "audio-only and rotate. Otherwise the people who share the head office's clock "
                + "decide, and everyone else learns about it afterwards.")
            .addSteps("Write down which decisions need input from the whole team.",
                "Keep those open for at least one full working day in every zone.",
                "Rotate meeting times and make off-hours meetings camera-free.")
            .addTargets(PROCEDURAL_FAIRNESS, VOICE)
            .addServedGroups(REMOTE_STAFF)
            .addOrgShapes(REMOTE_FIRST, LARGE_ORGANISATION)
            .kind(Kind.POLICY).effort(Level.LOW).cost(Level.LOW).cadence(Cadence.CONTINUOUS)
            .trialDays(MONTH)
            .addWatchedItems(FAIRNESS_TRANSPARENT_DECISIONS, VOICE_HEARD_IN_MEETINGS)
            .build(),
        entry("care_packages", "Care packages by post",
            "A small physical parcel sent to people's homes: a book, some snacks, a handwritten "
                + "note from a colleague, or a cake on a birthday. Something tangible arriving at "
                + "the door reminds remote and newly arrived people that someone thought of them "
                + "personally.")
            .addSteps("Collect postal addresses on an opt-in basis only.",
                "Send a welcome parcel to new joiners and a seasonal one to remote staff.",
                "Include a handwritten note from a named colleague, not a company card.")
            .addTargets(CONNECTION, RECOGNITION)
            .addServedGroups(REMOTE_STAFF, NEW_JOINERS)
            .addOrgShapes(REMOTE_FIRST, SMALL_TEAM)
            .kind(Kind.SUPPORT).effort(Level.LOW).cost(Level.MEDIUM).cadence(Cadence.QUARTERLY)
            .trialDays(MONTH)
            .addWatchedItems(CONNECTION_REMOTE_INCLUDED, RECOGNITION_REMOTE_VISIBLE)
            .build(),
        entry("manager_listening_sessions", "Manager listening sessions",
            "Managers hold regular 30-minute sessions whose only purpose is to hear what support "
                + "people need, and report back what changed as a result. Listening without "
                + "defending, and visibly acting on what was heard, is how people learn that "
                + "raising a concern is safe and worthwhile.")
            .addSteps("Schedule a monthly 30-minute session per team, optional to attend.",
                "The manager asks open questions and only listens and takes notes.",
                "Within two weeks, share what will change and what will not, and why.")
            .addTargets(PSYCHOLOGICAL_SAFETY, VOICE)
            .addServedGroups(EVERYONE, JUNIOR_STAFF)
            .addOrgShapes(LARGE_ORGANISATION, REMOTE_FIRST, FRONTLINE_SHIFT, SMALL_TEAM)
            .kind(Kind.PRACTICE).effort(Level.MEDIUM).cost(Level.LOW).cadence(Cadence.MONTHLY)
            .trialDays(MONTH)
            .addWatchedItems(SAFETY_ASK_QUESTIONS, VOICE_SPEAK_UP)
            .build(),
        entry("belonging_policy_audit", "Policy audit through a belonging lens",
            "Pick one policy, such as remote work rules, performance reviews or meeting norms, "
                + "and check who it quietly disadvantages. Many gaps in fairness come from rules "
                + "written for one typical employee; reviewing one policy at a time keeps the "
                + "work small enough to finish.")
            .addSteps("Choose one policy where survey gaps point.",
                "Ask the affected groups how the policy plays out for them.",
                "Change the policy, publish what changed and why, and re-survey.")
            .addTargets(PROCEDURAL_FAIRNESS)
            .addServedGroups(EVERYONE)
            .addOrgShapes(LARGE_ORGANISATION, REMOTE_FIRST)
            .kind(Kind.POLICY).effort(Level.MEDIUM).cost(Level.LOW).cadence(Cadence.QUARTERLY)
            .trialDays(60)
            .addWatchedItems(FAIRNESS_TRANSPARENT_DECISIONS, FAIRNESS_EQUAL_ACCESS)
            .build(),
        entry("resource_groups", "Resource groups with budget, sponsor and mandate",
            "Employee resource groups that have their own budget, an executive sponsor who "
                + "attends, and a written mandate to advise on decisions. Groups without these "
                + "become social clubs that leadership can ignore; with them, members gain both "
                + "community and a real channel to be heard.")
            .addSteps("Agree a mandate: which decisions the group is consulted on.",
                "Assign a yearly budget and an executive sponsor who attends monthly.",
                "Report back twice a year on what the group changed.")
            .addTargets(CONNECTION, AUTHENTICITY, VOICE)
            .addServedGroups(EVERYONE)
            .addOrgShapes(LARGE_ORGANISATION)
            .kind(Kind.STRUCTURE).effort(Level.HIGH).cost(Level.MEDIUM).cadence(Cadence.MONTHLY)
            .trialDays(90)
            .addWatchedItems(AUTHENTICITY_BE_MYSELF, CONNECTION_KNOW_COLLEAGUES)
            .build(),
        entry("shift_handoff_belonging", "Belonging in shift handoffs",
            "The few minutes of a shift handoff or huddle include naming one colleague who helped "
                + "and one open question to the crew. Frontline staff rarely have meetings; the "
                + "handoff is the one moment when the whole crew is together, so it is where "
                + "recognition and voice can live.")
            .addSteps("Add two lines to the handoff routine: one thank-you, one question.",
                "Supervisors note questions they cannot answer and reply next shift.",
                "Rotate who leads the huddle.")
            .addTargets(RECOGNITION, CONNECTION, VOICE)
            .addServedGroups(FRONTLINE)
            .addOrgShapes(FRONTLINE_SHIFT)
            .kind(Kind.PRACTICE).effort(Level.LOW).cost(Level.LOW).cadence(Cadence.EVERY_SHIFT)
            .trialDays(MONTH)
            .addWatchedItems(RECOGNITION_CREDITED, VOICE_SPEAK_UP)
            .build(),
        entry("frontline_quick_pulses", "Paper and QR pulses on the floor",
            "A one-question belonging pulse with an optional comment, on paper or behind a QR "
                + "code in the break room, reviewed within 48 hours and answered on a notice "
                + "board. People without a desk or company e-mail are otherwise left out of "
                + "surveys and of the conversation that follows them.")
            .addSteps("Place a short paper form and a QR code where people take breaks.",
                "Review responses within 48 hours.",
                "Post what was heard and what will happen on the notice board.")
            .addTargets(VOICE, BELONGING)
            .addServedGroups(FRONTLINE)
            .addOrgShapes(FRONTLINE_SHIFT, LARGE_ORGANISATION)
            .kind(Kind.PRACTICE).effort(Level.LOW).cost(Level.LOW).cadence(Cadence.MONTHLY)
            .trialDays(MONTH)
            .addWatchedItems(BELONGING_PULSE, VOICE_HEARD_IN_MEETINGS)
            .build(),
        entry("home_office_stipend", "Home-office stipend",
            "A fixed allowance for remote staff to equip a proper workspace: a chair, a "
                + "headset, a better camera. Equal tools are a matter of fairness; people who "
                + "sound and look worse in calls are heard less and credited less.")
            .addSteps("Set one allowance for every remote and hybrid person.",
                "Keep the claim simple: a receipt, no approval chain.",
                "Remind new joiners in their first week.")
            .addTargets(PROCEDURAL_FAIRNESS, RECOGNITION, BELONGING)
            .addServedGroups(REMOTE_STAFF)
            .addOrgShapes(REMOTE_FIRST)
            .kind(Kind.SUPPORT).effort(Level.LOW).cost(Level.HIGH).cadence(Cadence.CONTINUOUS)
            .trialDays(60)
            .addWatchedItems(FAIRNESS_EQUAL_ACCESS, RECOGNITION_REMOTE_PARITY)
            .build(),
        entry("hybrid_meeting_norms", "Hybrid meeting norms",
            "Written rules for meetings with people in the room and on screen: raise hands "
                + "(also virtually), watch the chat, use breakout rooms, fix the room audio, and "
                + "do not let the room talk among itself. Without such rules, the people in the "
                + "room dominate and remote participants become an audience.")
            .addSteps("Agree five norms with the team and pin them in every meeting invite.",
                "Give one person per meeting the job of watching chat and raised hands.",
                "Test room audio and video before the meeting starts.")
            .addTargets(VOICE, CONNECTION)
            .addServedGroups(REMOTE_STAFF)
            .addOrgShapes(REMOTE_FIRST, LARGE_ORGANISATION, SMALL_TEAM)
            .kind(Kind.POLICY).effort(Level.LOW).cost(Level.LOW).cadence(Cadence.CONTINUOUS)
            .trialDays(MONTH)
            .addWatchedItems(VOICE_HEARD_IN_MEETINGS, CONNECTION_REMOTE_INCLUDED)
            .build(),
        entry("quiet_and_collaborative_spaces", "Quiet and collaborative spaces",
            "Offices offer both places for focused, quiet work and places for talking together, "
                + "so that people can work in the way that suits them. An office built only for "
                + "one style pushes the others to stay home or to pretend.")
            .addSteps("Ask people which kind of space they lack.",
                "Mark a quiet zone and a talk zone; book neither by default.",
                "Review use after a month and adjust.")
            .addTargets(AUTHENTICITY, CONNECTION)
            .addServedGroups(EVERYONE)
            .addOrgShapes(LARGE_ORGANISATION)
            .kind(Kind.SUPPORT).effort(Level.MEDIUM).cost(Level.HIGH).cadence(Cadence.CONTINUOUS)
            .trialDays(60)
            .addWatchedItems(AUTHENTICITY_BE_MYSELF, CONNECTION_INFORMAL_CONTACT)
            .build(),
        entry("belonging_calendar_time", "Recurring calendar time for belonging",
            "Belonging gets a fixed place in the calendar: a short monthly team check-in on how "
                + "people are doing together and a quarterly workshop on what to change. What has "
                + "a recurring slot gets attention; what depends on spare time does not.")
            .addSteps("Book a monthly 20-minute team check-in for the next six months.",
                "Book a quarterly 90-minute workshop to pick one change.",
                "Start each check-in by reviewing last time's change.")
            .addTargets(BELONGING, PSYCHOLOGICAL_SAFETY)
            .addServedGroups(EVERYONE)
            .addOrgShapes(SMALL_TEAM, LARGE_ORGANISATION, REMOTE_FIRST)
            .kind(Kind.PRACTICE).effort(Level.MEDIUM).cost(Level.LOW).cadence(Cadence.MONTHLY)
            .trialDays(MONTH)
            .addWatchedItems(BELONGING_PULSE, SAFETY_MISTAKES_OK)
            .build(),
        entry("micro_affirmations_training", "Micro-affirmations for managers",
            "A short training that teaches managers small, everyday signals of value: crediting "
                + "an idea to its author, remembering what matters to someone, asking for views "
                + "outside a person's usual area. It is paired with a weekly practice so that the "
                + "skill shows up in daily work rather than staying in the classroom.")
            .addSteps("Run a 90-minute session with concrete examples from the team's own work.",
                "Each manager picks one signal to practise every week.",
                "Managers compare notes in a monthly 20-minute peer review.")
            .addTargets(RECOGNITION, VOICE, BELONGING)
            .addServedGroups(EVERYONE, JUNIOR_STAFF)
            .addOrgShapes(LARGE_ORGANISATION, SMALL_TEAM, REMOTE_FIRST, FRONTLINE_SHIFT)
            .kind(Kind.TRAINING).effort(Level.MEDIUM).cost(Level.MEDIUM).cadence(Cadence.MONTHLY)
            .trialDays(MONTH)
            .dailyPractice("each week, every manager credits at least one idea by its author's "
                + "name and asks one person for a view outside their usual area")
            .addWatchedItems(RECOGNITION_CREDITED, VOICE_SPEAK_UP)
            .build(),
        entry("new_joiner_buddy", "Buddy for new joiners",
            "Each new person gets a buddy outside their reporting line for the first three "
                + "months, someone to ask the questions that feel too small for a manager. It "
                + "shortens the time to knowing how things really work and who to turn to.")
            .addSteps("Pick buddies from volunteers in a neighbouring team.",
                "Book a weekly 20-minute chat for the first twelve weeks.",
                "Ask the new joiner at day 30 and day 90 what the buddy helped with.")
            .addTargets(CONNECTION, PSYCHOLOGICAL_SAFETY)
            .addServedGroups(NEW_JOINERS)
            .addOrgShapes(SMALL_TEAM, LARGE_ORGANISATION, REMOTE_FIRST, FRONTLINE_SHIFT)
            .kind(Kind.PRACTICE).effort(Level.LOW).cost(Level.LOW).cadence(Cadence.WEEKLY)
            .trialDays(MONTH)
            .addWatchedItems(SAFETY_ASK_QUESTIONS, CONNECTION_KNOW_COLLEAGUES)
            .build(),
        entry("leaders_share_mistakes", "Leaders go first on mistakes",
            "Once a month, a leader opens the team meeting with a mistake they made recently and "
                + "what they learned, then invites, but never requires, others to do the same. "
                + "When those with the most power show that errors are survivable, admitting one "
                + "stops being a risk for everyone else.")
            .addSteps("The most senior person present shares first, every time.",
                "Frame each story as what happened, what was learned, what changed.",
                "Never ask a particular person to share; never use what was shared in reviews.")
            .addTargets(PSYCHOLOGICAL_SAFETY, AUTHENTICITY)
            .addServedGroups(EVERYONE, JUNIOR_STAFF)
            .addOrgShapes(SMALL_TEAM, LARGE_ORGANISATION, REMOTE_FIRST, FRONTLINE_SHIFT)
            .kind(Kind.PRACTICE).effort(Level.LOW).cost(Level.LOW).cadence(Cadence.MONTHLY)
            .trialDays(MONTH)
            .sharing(Sharing.LEADERS_FIRST)
            .addWatchedItems(SAFETY_MISTAKES_OK, AUTHENTICITY_BE_MYSELF)
            .build(),
        entry("transparent_assignment_criteria", "Open criteria for assignments and promotion",
            "Publish how stretch assignments, promotions and review ratings are decided, and "
                + "announce open assignments to everyone instead of filling them by word of "
                + "mouth. Opaque processes favour whoever is closest to the decision maker, which "
                + "is rarely the junior or remote colleague.")
            .addSteps("Write down the criteria for assignments and promotion in plain words.",
                "Announce every stretch assignment in a shared place with a deadline.",
                "Each quarter, publish who got assignments by team and arrangement, in counts.")
            .addTargets(PROCEDURAL_FAIRNESS, RECOGNITION)
            .addServedGroups(JUNIOR_STAFF, REMOTE_STAFF)
            .addOrgShapes(LARGE_ORGANISATION, REMOTE_FIRST, SMALL_TEAM)
            .kind(Kind.POLICY).effort(Level.MEDIUM).cost(Level.LOW).cadence(Cadence.QUARTERLY)
            .trialDays(60)
            .addWatchedItems(FAIRNESS_TRANSPARENT_DECISIONS, FAIRNESS_EQUAL_ACCESS)
            .build(),
        entry("async_written_updates", "Written updates before meetings",
            "Decisions, plans and news are written down and shared before any meeting about them, "
                + "and questions can be asked in writing. People in other time zones, on other "
                + "shifts or less comfortable speaking up in a call get the same information and "
                + "the same chance to respond.")
            .addSteps("Share a short written brief at least a day before each decision meeting.",
                "Collect written questions and answer them in the same place.",
                "Record decisions in one searchable log.")
            .addTargets(VOICE, PROCEDURAL_FAIRNESS)
            .addServedGroups(REMOTE_STAFF, FRONTLINE)
            .addOrgShapes(REMOTE_FIRST, LARGE_ORGANISATION, FRONTLINE_SHIFT)
            .kind(Kind.PRACTICE).effort(Level.MEDIUM).cost(Level.LOW).cadence(Cadence.WEEKLY)
            .trialDays(MONTH)
            .addWatchedItems(VOICE_HEARD_IN_MEETINGS, FAIRNESS_TRANSPARENT_DECISIONS)
            .build());
  }

  private static Intervention.Builder entry(String id, String name, String summary) {
    Intervention.Builder builder = Intervention.builder();
    builder.id(id).name(name).summary(summary);
    return builder;
  }
}
