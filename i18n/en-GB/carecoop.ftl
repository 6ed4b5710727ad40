# carecoop's English (United Kingdom) messages: the fallback, against which the fl! macro
# checks every id when the code is compiled. Each area's messages share a prefix.
# Welsh is in ../cy/carecoop.ftl, with the same ids; GLOSSARY.md lists the chosen terms.

## Dates (used by i18n::date for %A %a %B %b)
month-long-1 = January
month-long-2 = February
month-long-3 = March
month-long-4 = April
month-long-5 = May
month-long-6 = June
month-long-7 = July
month-long-8 = August
month-long-9 = September
month-long-10 = October
month-long-11 = November
month-long-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
weekday-long-1 = Monday
weekday-long-2 = Tuesday
weekday-long-3 = Wednesday
weekday-long-4 = Thursday
weekday-long-5 = Friday
weekday-long-6 = Saturday
weekday-long-7 = Sunday
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun

## Counts shared by several screens
count-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}

## Fixed lists (domain::choice: choice-<Type>-<key>)
choice-Format-group = Group
choice-Format-one_to_one = One-to-one
choice-PriceUnit-per_hour = per hour
choice-PriceUnit-per_person = per person
choice-ExceptionKind-unavailable = Unavailable
choice-ExceptionKind-extra = Extra available day
choice-Paper-pvg = PVG
choice-Paper-insurance = Insurance
choice-MeetingKind-agm = Annual general meeting
choice-MeetingKind-special = Special general meeting
choice-MeetingKind-board = Board meeting
choice-Presence-in_person = In person
choice-Presence-online = Online
choice-Presence-proxy = By proxy
choice-ResolutionKind-ordinary = Ordinary
choice-ResolutionKind-special = Special
choice-LegalForm-registered_society = Registered society (members hold shares)
choice-LegalForm-company_limited_by_guarantee = Company limited by guarantee (no shares)
choice-Office-chair = Chair
choice-Office-secretary = Secretary
choice-Office-treasurer = Treasurer
choice-Office-board_member = Board member
choice-LedgerKind-issue = Issue
choice-LedgerKind-withdrawal = Withdrawal
choice-LedgerKind-transfer = Transfer
choice-Role-carer = Carer
choice-Role-professional = Professional
choice-Role-therapist = Therapist
choice-Role-wellbeing_specialist = Wellbeing specialist
choice-Role-befriender = Befriender
choice-Role-other = Other
choice-PvgScope-adults = Adults
choice-PvgScope-children = Children
choice-PvgScope-both = Adults and children
choice-Need-long_term_condition = Long-term condition
choice-Need-mental_health = Mental health
choice-Need-lonely_or_isolated = Lonely or isolated
choice-Need-complex_social_needs = Complex social needs
choice-Need-unpaid_carer = Unpaid carer
choice-SdsOption-sds1 = SDS option 1 (direct payment)
choice-SdsOption-sds2 = SDS option 2 (individual service fund)
choice-SdsOption-sds3 = SDS option 3 (council arranges)
choice-SdsOption-sds4 = SDS option 4 (a mix)
choice-GoalStatus-open = Open
choice-GoalStatus-achieved = Achieved
choice-GoalStatus-dropped = Dropped
choice-ContactKind-phone = Phone
choice-ContactKind-visit = Visit
choice-ContactKind-meeting = Meeting
choice-ContactKind-message = Message
choice-ReferralSource-self = Self-referral
choice-ReferralSource-gp = GP
choice-ReferralSource-community_nurse = Community nurse
choice-ReferralSource-social_services = Social services
choice-ReferralSource-carer_family = Carer or family
choice-ReferralSource-community_organisation = Community organisation
choice-ReferralSource-other = Other
choice-Urgency-routine = Routine
choice-Urgency-soon = Soon
choice-Urgency-urgent = Urgent
choice-ReferralStatus-new = New
choice-ReferralStatus-contacted = Contacted
choice-ReferralStatus-assessed = Assessed
choice-ReferralStatus-matched = Matched
choice-ReferralStatus-active = Active
choice-ReferralStatus-completed = Completed
choice-ReferralStatus-declined = Declined
choice-ReferralStatus-did_not_engage = Did not engage
choice-ReferralStatus-closed = Closed
choice-Attendance-expected = Not yet marked
choice-Attendance-attended = Attended
choice-Attendance-did_not_attend = Did not attend
choice-Attendance-cancelled_by_person = Cancelled by person
choice-Attendance-cancelled_by_member = Cancelled by member
choice-Repeat-weekly = Weekly
choice-Repeat-fortnightly = Fortnightly
choice-Timepoint-before = Before
choice-Timepoint-during = During
choice-Timepoint-after = After
choice-ChangeCategory-improved = Improved
choice-ChangeCategory-no_change = No meaningful change
choice-ChangeCategory-declined = Declined
choice-ChangeCategory-in_progress = In progress
choice-Instrument-WEMWBS = WEMWBS
choice-Instrument-SWEMWBS = SWEMWBS
choice-Instrument-ONS4 = ONS4

