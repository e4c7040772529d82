# Parley — English. The reference language: every key here must exist in uk, ro, pl and ru.

site-name = Parley
skip-to-content = Skip to content

## Navigation and layout
nav-label = Main
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-signed-in-as = Signed in as { $name }
nav-account = Account
nav-invitations = Invitations
nav-users = People
footer-language = Language
footer-language-apply = Change
footer-tagline = Parley — case studies shared in confidence. Nothing here is public.
action-save = Save
action-cancel = Cancel

## Start page
home-title = Welcome
home-lead = A members-only forum where alumni of humanitarian-negotiation trainings share anonymised case studies of negotiations they led — access to people in need, checkpoints, local authorities, armed actors, donors.
home-promise-invitation-title = By invitation only.
home-promise-invitation = Every page needs a member's sign-in.
home-promise-anonymised-title = Anonymised before anyone reads it.
home-promise-anonymised = A moderator removes names, places and dates from every case study before it is published; the original is then deleted.
home-promise-pseudonym-title = Under a pseudonym
home-promise-pseudonym = unless you choose to show your name.
home-welcome = Welcome, { $name }

## Notices after an action
notice-signed-out = You are signed out.
notice-signed-out-everywhere = You are signed out on every device.
notice-welcome = Welcome to Parley. Your account is ready.
notice-profile-saved = Your profile is saved.
notice-email-sent = We sent a confirmation link to your new address. Your address changes when you open it.
notice-email-changed = Your e-mail address is changed.
notice-password-changed = Your password is changed. You were signed out on your other devices.
notice-password-reset = Your password is changed. Sign in with the new one.
notice-2fa-on = Two-factor sign-in is on.
notice-2fa-off = Two-factor sign-in is off.
notice-session-ended = That session is signed out.
notice-account-deleted = Your account is deleted.
notice-invitation-sent = The invitation is on its way.
notice-invitation-revoked = The invitation is withdrawn; its link no longer works.
notice-user-updated = Saved. The person was signed out and will see the change at the next sign-in.

## Form fields
field-email = E-mail address
field-password = Password
field-current-password = Current password
field-new-password = New password
field-new-email = New e-mail address
field-name = Name
field-language = Language
field-role = Role
field-cohort = Cohort
field-code = Code
password-rules = At least 12 characters. A few unrelated words are easy to remember and hard to guess.

## Roles
role-member = Member
role-moderator = Moderator
role-admin = Admin

## Sign-in
login-title = Sign in
login-submit = Sign in
login-forgot = Forgot your password?
login-invitation-only = Parley is open by invitation only. If you took part in a training, ask its organisers for an invitation.
login-failed = The e-mail address or the password is not right.
login-code-title = Enter your code
login-code-hint = The 6-digit code from your authenticator app, or one of your recovery codes.
login-code-failed = That code did not work. Wait for the next one and try again.

## First admin
setup-title = Create the first admin
setup-intro = Parley has no admin yet. The account you create here can invite everyone else.
setup-submit = Create admin account

## Invitations
accept-title = Join Parley
accept-intro = You were invited with the address { $email }. Choose how you will appear and a password.
accept-name-hint = Other members only see your name where you choose to show it; otherwise you appear under a pseudonym.
accept-submit = Create my account
invitations-title = Invitations
invitations-send = Send invitation
invitations-list = Sent invitations
invitations-state = State
invitations-revoke = Withdraw
invitations-cohort-hint = The training, e.g. "Bucharest 2023". Optional.
invitations-mail-language = Language of the invitation mail
invitations-not-mailed = The invitation was created but the mail could not be sent. Pass on this link yourself, over a safe channel:
invitations-queued = The invitation was created. The mail server is not answering, so the mail will be sent as soon as it is back. If it is urgent, pass on this link yourself, over a safe channel:
invitation-state-pending = Waiting
invitation-state-accepted = Accepted
invitation-state-revoked = Withdrawn
invitation-state-expired = Expired

## Password reset and e-mail confirmation
reset-title = Reset your password
reset-intro = Enter the address you sign in with. If it belongs to an account, we will send a link to choose a new password.
reset-submit = Send link
reset-sent-title = Check your mail
reset-sent-body = If an account exists for that address, we have sent a link to it. The link works once and expires within the hour.
reset-new-title = Choose a new password
reset-new-submit = Save new password
email-confirm-title = Confirm your new address
email-confirm-intro = Change the address of your Parley account to { $email }?
email-confirm-submit = Confirm
link-invalid-title = This link no longer works

## Account
account-title = Your account
account-profile = Profile
account-role = Role: { $role }
account-cohort = Cohort: { $cohort }
account-name-hint = Shown to others only on case studies where you choose to show your name.
account-email = E-mail address
account-email-current = Your address is { $email }.
account-email-submit = Send confirmation link
account-password = Password
account-password-submit = Change password
account-security = Security and your data
account-2fa-link = Two-factor sign-in
account-2fa-on = on
account-2fa-off = off
account-sessions-link = Where you are signed in
account-export-link = Download your data (JSON)
account-delete-link = Delete your account

## Two-factor sign-in
twofa-title = Two-factor sign-in
twofa-required = Moderators and admins must turn on two-factor sign-in before doing anything else.
twofa-setup-heading = Turn it on
twofa-step-app = Install an authenticator app on your phone (for example Aegis, FreeOTP or Google Authenticator).
twofa-step-scan = Scan this code with it, or type the key below.
twofa-qr-label = QR code holding your two-factor key
twofa-secret-text = Key:
twofa-step-code = The 6-digit code the app shows
twofa-enable = Turn on
twofa-is-on = Two-factor sign-in is on: after your password we ask for a code from your app.
twofa-codes-left =
    { $count ->
        [one] You have { $count } unused recovery code.
       *[other] You have { $count } unused recovery codes.
    }
twofa-new-codes = Make new recovery codes
twofa-disable-heading = Turn it off
twofa-disable = Turn off two-factor sign-in
codes-title = Your recovery codes
codes-intro = Each code lets you sign in once if you lose your phone. Keep them somewhere safe and offline; they are shown only now.
codes-done = I have saved them

## Sessions
sessions-title = Where you are signed in
sessions-intro = Sign out any device you do not recognise.
sessions-device = Device
sessions-started = Signed in
sessions-last-seen = Last active
sessions-actions = Actions
sessions-this-one = this device
sessions-sign-out = Sign out
sessions-sign-out-everywhere = Sign out everywhere

## Deleting the account
delete-title = Delete your account
delete-intro = Your account, your sessions and your settings are deleted at once. This cannot be undone.
delete-published-question = Your published case studies
delete-published-keep = Keep them for others to learn from, signed "former member"
delete-published-remove = Remove them
delete-submit = Delete my account

## Admin
users-title = People
users-status = Status
users-active = Active
users-disabled = Disabled
users-disable = Disable
users-enable = Enable

## Error pages
error-400-title = That did not work
error-401-title = Please sign in
error-401-body = This page is for members. Sign in to continue.
error-403-title = Not allowed
error-reference = If you tell an administrator, quote this reference:
error-back-home = Back to the start page
error-status = Error { $status }
error-404-title = Page not found
error-404-body = This page does not exist, or you cannot see it.
error-413-title = Too large
error-413-body = What you sent is larger than Parley accepts.
error-429-title = Please wait
error-429-body = Too many attempts. Wait a few minutes and try again.
error-500-title = Something went wrong
error-500-body = Something went wrong on our side. Please try again.
error-503-title = Busy
error-503-body = Parley is busy for a moment. Please try again shortly.
error-400-body = Parley could not understand that request. Go back, check what you entered and try again.
error-403-body = You may not do this.
error-409-title = That has changed meanwhile
error-409-body = Someone (perhaps you, in another tab) changed this meanwhile, or it is already done. Reload the page to see where it stands.
error-422-body = Some of what you entered cannot be accepted. Go back and check it.
error-2fa-required = Turn on two-factor sign-in first: moderators and admins need it.

## Validation messages
error-email-invalid = is not a valid e-mail address
error-email-same = is already your address
error-name-required = is required
error-name-long = must be at most 80 characters
error-cohort-long = must be at most 60 characters
error-password-short = must be at least 12 characters
error-password-long = must be at most 256 characters
error-password-weak = is too common or too easy to guess; try a few unrelated words
error-password-wrong = is not right
error-link-invalid = This link no longer works. Ask for a new one if you still need it.
error-invitation-invalid = This invitation link no longer works. Ask the person who invited you for a new one.
error-setup-invalid = This set-up link no longer works. Restart Parley to print a new one.
error-totp-code = does not match; check the time on your phone and try the next code
error-totp-enrolment = has expired; start the set-up again

## Mails
mail-footer = Parley — case studies shared in confidence. You receive this mail because of your Parley account or invitation.
mail-hello = Hello,
mail-hello-name = Hello { $name },
mail-invite-subject = Your invitation to Parley
mail-invite-by = { $name } invites you to Parley, the members-only forum where alumni of humanitarian-negotiation trainings share anonymised case studies.
mail-invite-anonymous = You are invited to Parley, the members-only forum where alumni of humanitarian-negotiation trainings share anonymised case studies.
mail-invite-what = Every story is anonymised by a moderator before anyone else reads it, and you appear under a pseudonym unless you choose otherwise.
mail-invite-action = Accept the invitation
mail-invite-expiry =
    { $count ->
        [one] The link works once and expires in { $count } day.
       *[other] The link works once and expires in { $count } days.
    }
mail-invite-ignore = If you did not expect this invitation, ignore this mail.
mail-reset-subject = Reset your Parley password
mail-reset-body = Someone asked to reset the password of your Parley account. If it was you, choose a new password with this link.
mail-reset-action = Choose a new password
mail-reset-ignore = If it was not you, ignore this mail: your password stays as it is.
mail-link-expiry-minutes =
    { $count ->
        [one] The link works once and expires in { $count } minute.
       *[other] The link works once and expires in { $count } minutes.
    }
mail-email-change-subject = Confirm your new address for Parley
mail-email-change-body = You asked to use this address for your Parley account. Confirm it with this link.
mail-email-change-action = Confirm this address
mail-email-change-ignore = If you did not ask for this, ignore this mail.
mail-email-change-notice-subject = Your Parley address is being changed
mail-email-change-notice-body = Someone signed in to your Parley account asked to change its e-mail address. The change happens only when the link sent to the new address is opened.
mail-email-change-notice-help = If this was not you, sign in and change your password now, and tell an admin.
mail-email-taken-subject = Someone asked to use this address for Parley
mail-email-taken-body = Someone signed in to Parley asked to move their account to this address. It already belongs to a Parley account, so nothing was changed.
mail-email-taken-help = If you have a Parley account, it is untouched: nothing needs doing. If this keeps happening, tell an admin.

## Case studies and discussions
nav-cases = Case studies
nav-discussions = Discussions
nav-my-cases = My submissions
cases-title = Case studies
discussions-title = Discussions
case-new-title = Write a case study
discussion-new-title = Start a discussion
case-edit-title = Edit
case-page-title = Case study
case-edit-published-note = Members keep seeing the published version until a moderator approves your changes.
case-guidance = How to write it: the six sections
case-preview = Preview
case-save-draft = Save draft
case-submit = Send for review
case-submit-hint = Nobody but you and the moderators sees it until a moderator has anonymised and published it.
case-original-note = only you and the moderators can read this original text
case-latest-revision = Revision { $number }
case-moderator-reason = The moderators wrote:
case-edit = Edit
case-history = Revisions
case-by-you = By you
case-anonymised = anonymised by moderators
case-locked = This thread is locked: no new replies.
back-to-thread = Back to the thread
history-submitted = Sent for review
form-has-errors = Please correct the fields marked below.
untitled = (untitled)
list-empty = Nothing here yet.
list-next = Older
filters-title = Filter
filters-any = Any
filters-apply = Show
filters-clear = Clear filters
my-cases-title = My submissions
my-cases-empty = You have not written anything yet.
my-cases-status = Status
my-cases-updated = Last change
reply-count =
    { $count ->
        [one] { $count } reply
       *[other] { $count } replies
    }
reply-label = Your reply
reply-hint = Replies are checked by a moderator before others see them. Do not name people, places or dates that could identify anyone.
reply-submit = Reply
reply-you = You
reply-author = Author
reply-pending = waiting for a moderator
reply-edit = Change or withdraw
reply-edit-label = Your reply, changed
reply-edit-hint = A change is checked like a new reply: if it waits for a moderator, your reply is not shown until she decides.
reply-edit-submit = Save the change
reply-delete = Withdraw this reply
replies-more = More replies
notice-draft-saved = Your draft is saved. Other members cannot see it; the moderators can.
notice-submitted = Sent for review. A moderator will anonymise it before anyone else can read it.
notice-thread-deleted = Deleted.
notice-reply-held = Your reply is waiting for a moderator.
notice-reply-published = Your reply is published.
notice-reply-edited = Your reply is changed.
notice-reply-edit-held = Your change is waiting for a moderator; until she decides, your reply is not shown.
notice-reply-deleted = Your reply is withdrawn.
notice-reply-invalid = Your reply was not sent: it must hold between 1 and 20,000 characters.

## Case fields
field-title = Title
field-country = Country
field-region = Region
field-region-hint = The oblast, voivodeship, county or raion — never a town or village.
field-context = Context
field-contexts = Contexts
field-counterpart = Counterpart
field-counterparts = Counterparts
field-period = When
field-period-hint = Year and, if you wish, month. Never a day.
field-year = Year
field-month = Month
field-outcome = Outcome
field-lessons = Lessons
field-lessons-hint = Two or three sentences another negotiator could use.
field-story = The story
field-body = Text
field-markdown-hint = Markdown: ## heading, **bold**, - list, [link](https://…). Images are shown as links, never loaded.
field-tags = Tags
field-tags-hint = Separated by commas, e.g. water, fuel, medical evacuation.
field-sensitive = Names, places and organisations in your story
field-sensitive-hint = One per line. Only the moderators see this list: it helps them remove every one of them before publication.
field-text-language = Language of the text
field-language-detect = Detect automatically
field-show-name = Show my name on this case study
field-show-name-hint = By default you appear under a pseudonym that changes from one thread to the next.

## The guided template
template-situation = Situation
template-situation-help = Where and when (region, month and year at most), what people needed, what stood in the way.
template-counterparts = Counterparts
template-counterparts-help = Who you negotiated with — by role, not by name — and what they wanted.
template-objectives = Objectives
template-objectives-help = What you set out to obtain, your bottom line, and your alternatives.
template-approach = Approach
template-approach-help = How you prepared, who you involved, what you offered and asked, what changed along the way.
template-outcome = Outcome
template-outcome-help = What was agreed or not, and what happened afterwards.

## Statuses
status-draft = Draft
status-pending = Waiting for review
status-changes_requested = Changes requested
status-rejected = Not published
status-published = Published
status-hidden = Hidden by moderators
status-removed = Removed
revision-draft = draft
revision-pending = waiting for review
revision-changes_requested = changes requested
revision-rejected = not accepted
revision-approved = published
revision-superseded = replaced

## Months
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Contexts
context-humanitarian_access = Humanitarian access
context-checkpoint_movement = Checkpoints and movement
context-local_authorities = Local authorities
context-armed_actors = Armed actors
context-national_government = National government
context-donors = Donors
context-un_ingo_coordination = UN and INGO coordination
context-community_leaders = Community leaders
context-internal_organisational = Inside one's own organisation
context-protection_gbv = Protection and GBV
context-detention = Detention
context-evacuation = Evacuation
context-other = Other

## Counterparts
counterpart-armed_group = Armed group
counterpart-military = Military
counterpart-police_border_guard = Police or border guard
counterpart-local_administration = Local administration
counterpart-ministry = Ministry
counterpart-donor = Donor
counterpart-un_agency = UN agency
counterpart-ingo = International NGO
counterpart-community_leader = Community leader
counterpart-other = Other

## Outcomes
outcome-agreement = Agreement
outcome-partial = Partial agreement
outcome-no_agreement = No agreement
outcome-ongoing = Ongoing

## Validation of case studies
error-required = is required
error-title-long = must be at most 200 characters
error-lessons-long = must be at most 2,000 characters
error-body-long = must be at most 100,000 characters
error-reply-long = must be at most 20,000 characters
error-country-unknown = is not an ISO 3166-1 country code Parley knows
error-region-unknown = is not an ISO 3166-2 region of the chosen country
error-context-unknown = contains a context Parley does not know
error-counterpart-unknown = contains a counterpart type Parley does not know
error-outcome-unknown = must be agreement, partial, no_agreement or ongoing
error-year-range = must be between 1990 and this year
error-month-range = must be between 1 and 12
error-tag-long = has a tag longer than 40 characters
error-tags-many = can have at most 10 tags
error-term-long = has an entry longer than 100 characters
error-terms-many = can have at most 50 entries
error-language = must be a two-letter language code

## Moderation decisions, by mail
mail-decision-published-subject = Your case study is published
mail-decision-published-body = "{ $title }" is published, anonymised by the moderators. Thank you for sharing it.
mail-decision-changes_requested-subject = The moderators ask for changes
mail-decision-changes_requested-body = The moderators read "{ $title }" and ask you to change it before it can be published.
mail-decision-rejected-subject = Your submission was not published
mail-decision-rejected-body = The moderators decided not to publish "{ $title }".
mail-decision-case-number = case study no. { $id }
mail-decision-reason = Their reason:
mail-decision-action = Open it in Parley

## Moderation
nav-moderation = Moderation
mod-queue-title = Waiting for review
mod-queue-empty = Nothing is waiting for review.
mod-item = Item
mod-waiting-since = Waiting since
mod-claimed-by = Being reviewed by
mod-claimed-by-name = being reviewed by { $name }
mod-you = you
mod-reply = reply
mod-reply-in = A reply in
mod-review-title = Review
mod-awaiting-second = approved once; waiting for a second moderator
mod-claim = I'll review this
mod-release = Give it back
mod-declared = The author's own list of names, places and organisations
mod-original = The original (only moderators and the author can read it)
mod-findings = What the detector found
mod-click-to-accept = Click a highlighted word (or press Enter on it) to replace it or keep it; the table below changes with it.
mod-no-findings = The detector found nothing. Read the whole text anyway.
mod-accept = Replace
mod-kind = Kind
mod-text = Text
mod-strategy = Replace with
mod-strategy-pseudonym = a pseudonym
mod-strategy-generalise = a generalisation
mod-strategy-remove = nothing (remove)
mod-strategy-custom = my own words
mod-extra-terms = Anything the detector missed
mod-extra-terms-hint = One per line, e.g. "person: Oksana" or "location: Vilkhivka". Every form of each is replaced.
mod-preview = Preview the anonymised text
mod-publish-heading = Publish this version
mod-item-number = Case study no. { $id }
mod-publish-hint = Read it once more and correct anything by hand. Publishing deletes the original.
mod-tags-hint = Members see only the tags written here, separated by commas. A tag that names a person or a place identifies her as surely as the story does.
mod-note = Note for the moderation log (optional)
mod-publish = Publish
mod-send-back = Or send it back
mod-reason = Reason (the author reads it)
mod-request-changes = Ask for changes
mod-reject = Reject
mod-reply-title = A reply waiting for review
mod-reply-publish-as = Publish it as
mod-log-title = Moderation log
mod-when = When
mod-who = Who
mod-action = Action
mod-flags-title = Flags
mod-flags-empty = No open flags.
mod-flag-resolve = Resolved
mod-flag-dismiss = Dismiss
mod-hide = Hide
mod-unhide = Show again
mod-lock = Lock
mod-unlock = Unlock
flag-title = Report this to the moderators
flag-reason = Why
flag-reason-identifies_someone = It could identify someone
flag-reason-harmful = It is harmful
flag-reason-off_topic = It is off-topic
flag-reason-other = Something else
flag-note = Note (optional)
flag-hint = Do not repeat the sensitive detail here: the moderators will see what you report.
flag-submit = Report
notice-flagged = Thank you. The moderators will look at it.
notice-flag-hidden = Thank you. It is hidden until a moderator has looked at it.
notice-published = Published.
notice-approved-first = Approved. A second moderator must approve it before it is published.
notice-changes-requested = Sent back to its author with your reason.
notice-rejected = Rejected; its author has your reason.
notice-reply-rejected = The reply is rejected.
notice-flag-closed = The flag is closed.
notice-thread-updated = Done.
kind-person = Person
kind-location = Place
kind-organisation = Organisation
kind-date = Date
kind-phone = Phone
kind-email = E-mail
kind-url = Link
kind-handle = Account
kind-vehicle_plate = Plate
kind-id_number = ID number
kind-iban = IBAN
kind-card = Card
kind-ip = IP address
kind-coordinates = Coordinates
kind-military_unit = Military unit
kind-address = Address
kind-quasi = Role or age that singles someone out

## Search
nav-search = Search
search-title = Search
search-label = Search case studies and discussions
search-submit = Search
search-hint = Any language or script: "Kharkiv" also finds "Харків". Use "quotes" for a phrase, -word to leave a word out, and filters such as country:UA context:armed_actors year:2022..2024 lang:uk.
search-sort = Order
search-sort-relevance = Best match
search-sort-newest = Newest first
search-active-filters = Active filters
search-remove-filter = Remove this filter
search-facets = Narrow the results
search-count =
    { $count ->
        [one] { $count } result
       *[other] { $count } results
    }
search-relaxed = No result has every word you typed; these have some of them.
search-corrected = Nothing was found for “{ $typed }”. Showing results for “{ $words }”.
search-none = Nothing found. Try fewer words or remove a filter.
search-pages = Result pages
search-previous = Previous
search-next = Next
search-filter-country = Country
search-filter-region = Region
search-filter-context = Context
search-filter-counterpart = Counterpart
search-filter-outcome = Outcome
search-filter-year = Year
search-filter-lang = Language
search-filter-tag = Tag
search-filter-kind = Kind
case-related = Related case studies

## Digests (mail)
digest-subject-daily = Parley today: { $summary }
digest-subject-weekly = Parley this week: { $summary }
digest-cases = { $count ->
        [one] { $count } new case study
       *[other] { $count } new case studies
    }
digest-discussions = { $count ->
        [one] { $count } active discussion
       *[other] { $count } active discussions
    }
digest-replies = { $count ->
        [one] { $count } reply to your posts
       *[other] { $count } replies to your posts
    }
digest-new-replies = { $count ->
        [one] { $count } new reply
       *[other] { $count } new replies
    }
digest-more = { $count ->
        [one] …and { $count } more on Parley.
       *[other] …and { $count } more on Parley.
    }
digest-intro-daily = What is new on Parley since your last digest, from what you follow.
digest-intro-weekly = What was new on Parley this week, from what you follow.
digest-heading-cases = New case studies
digest-heading-discussions = Active discussions
digest-heading-replies = Replies to your posts
digest-read = Read the case study
digest-no-country = Several countries
digest-preferences = Change what you receive
digest-archive = Past digests
digest-unsubscribe = Unsubscribe
digest-footer = You receive this digest because you subscribed to it on Parley. It contains only case studies that moderators have anonymised and published.

## Digests (pages)
digest-settings-title = Digest by e-mail
digest-settings-intro = A digest brings you the new case studies and active discussions from the countries and contexts you follow. Leave everything unticked to receive all of them.
digest-frequency = How often
digest-frequency-off = Never
digest-frequency-daily = Daily
digest-frequency-weekly = Weekly
digest-weekday = Day (weekly digests)
digest-hour = Hour
digest-time-zone = Time zone
digest-time-zone-hint = Digests come at this hour in your time zone. If you have not chosen one, your browser's is proposed.
digest-countries = Countries
digest-contexts = Contexts
digest-tags = Tags (comma-separated)
digest-queries = Saved searches (one per line)
digest-own-replies = Tell me about new replies to my posts
digest-save = Save
notice-digest-saved = Your digest settings are saved.
digest-follow-search = Follow this search in my digest
notice-search-followed = This search is now in your digest.
digests-title = Past digests
digests-none = No digest was sent to you yet.
digests-items = { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
digest-nothing-now = Nothing in this digest is visible any more.
unsubscribe-title = Unsubscribe from the digest
unsubscribe-confirm = Stop receiving the Parley digest at this address?
unsubscribe-button = Unsubscribe
unsubscribe-done = You are unsubscribed. You will receive no more digests. You can subscribe again on your account page.
unsubscribe-invalid = This unsubscribe link no longer works. Use the link in your latest digest, or change your settings on your account page.
admin-digests-title = Digest deliveries
admin-digests-state = State
admin-digests-count = Deliveries
admin-digests-period = Period
admin-digests-attempts = Attempts
admin-digests-reason = Last error
admin-digests-state-pending = Waiting to be sent
admin-digests-state-sending = Being sent
admin-digests-state-sent = Sent
admin-digests-state-failed = Given up
admin-digests-failed = Failed deliveries
admin-digests-none = No failed delivery.

# Safety on the device (docs/phone-safety.md)
quick-exit = Quick exit
quick-exit-hint = Leave Parley at once: signs you out and opens a neutral page. Pressing Esc three times does the same.
login-shared-device = This is a shared device
login-shared-device-hint = Sign me out after { $minutes } minutes without activity, and keep nothing on this device after I leave.
draft-restored = Your unsent text was brought back from this device. Check it before you send it.
draft-kept-hint = While you write, an encrypted copy stays on this device until you send it or sign out, so that nothing is lost if the connection or the session drops.
device-title = This device
device-shared = This is a shared device: sign me out after { $minutes } minutes without activity
device-save = Save
notice-device-saved = Saved for this device.
footer-safety = Safety on your phone
safety-title = What Parley keeps on your phone
safety-p1 = Quick exit: the button at the top of every page, or Esc pressed three times, signs you out at once, asks the browser to forget Parley's cookies, stored data and cache, and opens a neutral page in place of the page you were on, so that Back does not return to Parley.
safety-p2 = Page titles in the browser's tabs and history say only "Parley": never the title of a case study, a name or what you searched for.
safety-p3 = While you write a case study or a reply, an encrypted copy is kept in this browser so that nothing is lost if the connection drops. Only your signed-in session can read it; after you sign out or use the quick exit it can no longer be read, and it is deleted after three days.
safety-p4 = On a phone you share, tick "This is a shared device" when you sign in: Parley signs you out after a few minutes without activity. You can change this for the device you are on from your account page.
safety-p5 = What the quick exit cannot do: it cannot erase what the phone's system, your keyboard app, a screenshot or a spy app installed on the phone has already seen, nor entries in the history from before you opened Parley. On a phone that may be checked, use a private window and sign out when you are done.
preview-findings-title = Before you send:
preview-findings-advice = these words look as if they could identify someone. Take them out or change them now — or leave them: the moderators will see them too and replace them before anyone else reads your text.

# The start page of a signed-in member
home-queue-waiting =
    { $count ->
        [one] { $count } item waiting
       *[other] { $count } items waiting
    }
home-queue-claimed =
    { $count ->
        [one] { $count } claimed by you
       *[other] { $count } claimed by you
    }
home-new-since =
    { $count ->
        [one] { $count } new since your last visit
       *[other] { $count } new since your last visit
    }
home-queue-open = Open the queue
home-newest = Newest case studies and discussions
home-nothing-yet = Nothing is published yet.
home-new = new
home-replies-title = Replies to your threads
home-replies-none = No new replies since your last visit.

# Digest settings: checks and weekdays
error-digest-weekday = must be 1 (Monday) to 7 (Sunday)
error-digest-hour = must be 0 to 23
error-digest-time-zone = must be a time zone such as Europe/Kyiv or UTC
error-digest-countries = must be ISO 3166-1 country codes such as UA
error-digest-contexts = contains an unknown context
error-digest-tags = at most 20 tags
error-digest-queries-many = at most 10 saved searches
error-digest-query-long = a saved search is at most 200 characters
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

# Two-factor sign-in on a phone
twofa-open-app = On this phone? Open the key in your authenticator app
codes-copy = Copy the codes
codes-download = Save them as a file
codes-copied = Copied.
login-recovery-summary = Use a recovery code instead
login-recovery-label = Recovery code

# Replacements written into anonymised texts, in the text's language
placeholder-person = Person
placeholder-place = Place
placeholder-organisation = Organisation
placeholder-unit = Unit
placeholder-date = Date
placeholder-detail = Detail
generalised-village = a village
generalised-town = a town
generalised-city = a city
generalised-place = a place
generalised-in-region = { $what } in { $region }
generalised-person = Person
generalised-location = a place
generalised-organisation = an organisation
generalised-date = a date
generalised-phone = phone number removed
generalised-email = e-mail address removed
generalised-url = link removed
generalised-handle = account removed
generalised-vehicle_plate = vehicle
generalised-id_number = document number removed
generalised-iban = bank account removed
generalised-card = card number removed
generalised-ip = address removed
generalised-coordinates = location removed
generalised-military_unit = a military unit
generalised-address = an address
generalised-quasi = someone with a local role
quasi-health = a health worker in the area
quasi-education = someone at a local school
quasi-clergy = a member of the local clergy
quasi-official = a local official
quasi-role = someone with a local role
quasi-child = a child
quasi-age = an age
quasi-teenager = a teenager
generalised-aged = aged { $from }–{ $to }

# Reading across languages
case-translate = Translate on this device
case-translate-note = Your browser translates it itself: the text does not leave your device.

# Refusals (errors that say why): pages show them in the reader's language, the API in English.
refusal-removed = This thread was removed.
refusal-rejected-edit = A rejected submission cannot be edited.
refusal-waiting = It is waiting for a moderator; it cannot change now.
refusal-not-editable = It cannot be edited now.
refusal-nothing-to-submit = There is nothing new to submit.
refusal-not-pending = Only a submission waiting for review can be decided.
refusal-hide = Only a published thread can be hidden.
refusal-unhide = Only a hidden thread can be shown again.
refusal-lock = Only a published thread can be locked or unlocked.
refusal-already = It already is.
refusal-replies-published-only = Replies are open on published threads only.
refusal-locked = This thread is locked: no new replies.
refusal-nothing-waiting = Nothing of this thread is waiting for review.
refusal-claimed = { $name } is already working on this.
refusal-not-yours = You are not working on this.
refusal-flagged-already = You have already reported this; a moderator will look at it.
refusal-flag-closed = This flag is already closed.
refusal-four-eyes = You approved this version already: another moderator must approve it.
refusal-reply-not-waiting = This reply is not waiting for review.
refusal-reply-not-editable = This reply can no longer be changed.
refusal-form-unreadable = The form could not be read.
refusal-json-type = Send the request body as application/json.
refusal-json-invalid = The request body is not valid JSON.
refusal-body-unreadable = The request body could not be read.
refusal-form-type = Send the form as application/x-www-form-urlencoded.
refusal-query-unreadable = The address has parameters we do not understand.
refusal-search-unreadable = The search could not be read.
refusal-form-expired = This form has expired or did not come from Parley. Go back, reload the page and try again.
refusal-method = This address does not accept that kind of request.
refusal-not-allowed = You may not do that.
refusal-not-understood = We could not understand that request.
refusal-metrics = metrics are served only to the addresses in metrics.allow_from or with the metrics token
refusal-admin-only = Only an admin can do this.
refusal-moderator-only = Only a moderator can do this.
refusal-two-factor-on = Two-factor sign-in is already on.
refusal-staff-keep-two-factor = Moderators and admins must keep two-factor sign-in on.
refusal-two-factor-off = Two-factor sign-in is off.
refusal-account-exists = An account with this e-mail address already exists.
refusal-last-admin = Parley needs at least one admin: make someone else admin first.
refusal-last-active-admin = Parley needs at least one active admin.
refusal-only-admin-delete = You are the only admin: make someone else admin before deleting your account.
refusal-address-taken = That address now belongs to another account.
refusal-invite-staff = Moderators can invite members; only an admin can invite moderators and admins.
refusal-has-account = This person already has an account.
refusal-admin-invitation-pending = An admin's invitation to this address is pending; only an admin can replace it.
refusal-withdraw-staff = Only an admin can withdraw an invitation for a moderator or an admin.
refusal-invitation-used = This invitation was already accepted or withdrawn.

# Cohorts (issue 23).
error-description-long = must be at most 2,000 characters
error-no-such-account = belongs to no account
error-cohort-unknown = is not the name of a cohort; an admin creates cohorts
error-audience = must be everyone, or a cohort you belong to
error-advice-by = must be a day from today to a year ahead, for a discussion in a cohort
refusal-cohort-exists = A cohort of that name exists already.
field-audience = Who can read it
field-audience-hint = Everyone in Parley, or only your cohort (the people of your training) and the moderators.
audience-all = Everyone in Parley
audience-cohort = Only my cohort
field-advice-by = Advice wanted by (optional)
field-advice-by-hint = For a discussion in your cohort: until this day it is shown first in the cohort's space, and the digest says you are asking.
case-for-cohort = Only for the cohort { $name } and the moderators
case-advice-by = Advice wanted by { $date }
cohorts-title = Cohorts
cohorts-intro = A cohort is the group of one training. Its threads are seen by its members and the moderators only.
cohorts-mine = My cohorts
cohorts-none = You are in no cohort yet.
cohorts-create = Create a cohort
cohorts-name = Name
cohorts-description = Description
cohorts-members = Members
cohorts-add = Add a member (e-mail address)
cohorts-add-button = Add
cohorts-remove = Remove
cohorts-space-empty = Nothing has been posted for this cohort yet.
cohorts-start-discussion = Ask your cohort
cohorts-advice = Asking for advice
cohorts-pseudonyms = In a cohort of a few people, a pseudonym hides your name, not your voice: the others may recognise the story. Write what you would say to them in the room.

# Notifications (issue 23).
notice-cohorts-updated = The cohort was updated.
nav-notifications = Notifications
nav-unread = unread
notifications-title = Notifications
notifications-empty = Nothing new for you yet.
notifications-read-all = Mark all as read
notifications-new = New
notifications-by-mail = Also by e-mail
notifications-by-mail-hint = The mail says only what kind of thing happened, with a link: never a title or any text of a story.
notifications-save = Save
notice-notifications-saved = Your choices were saved.
notify-reply = A reply to your thread
notify-published = Your submission is published
notify-changes_requested = Changes requested on your submission
notify-rejected = Your submission was not published
notify-reply_decided = A moderator decided on your reply
notify-cohort_thread = New in your cohort
mail-notify-subject = News for you on Parley
mail-notify-reply = Someone replied to one of your threads.
mail-notify-published = One of your submissions is published.
mail-notify-changes_requested = The moderators ask for changes to one of your submissions.
mail-notify-rejected = One of your submissions was not published.
mail-notify-reply_decided = A moderator decided on one of your replies.
mail-notify-cohort_thread = There is something new in one of your cohorts.
mail-notify-why = You asked Parley to tell you by e-mail. You can change this on your notifications page.
mail-notify-action = See your notifications
digest-cohort-item = New in your cohort: thread no. { $id }
