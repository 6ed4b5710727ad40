# negeseuon Cymraeg carecoop: yr un ids â ../en-GB/carecoop.ftl. Mae GLOSSARY.md yn rhestru'r
# termau a ddewiswyd. Welsh plural categories: zero, one, two, few (3), many (6), other.

## Dyddiadau
month-long-1 = Ionawr
month-long-2 = Chwefror
month-long-3 = Mawrth
month-long-4 = Ebrill
month-long-5 = Mai
month-long-6 = Mehefin
month-long-7 = Gorffennaf
month-long-8 = Awst
month-long-9 = Medi
month-long-10 = Hydref
month-long-11 = Tachwedd
month-long-12 = Rhagfyr
month-short-1 = Ion
month-short-2 = Chwef
month-short-3 = Maw
month-short-4 = Ebr
month-short-5 = Mai
month-short-6 = Meh
month-short-7 = Gorff
month-short-8 = Awst
month-short-9 = Medi
month-short-10 = Hyd
month-short-11 = Tach
month-short-12 = Rhag
weekday-long-1 = Dydd Llun
weekday-long-2 = Dydd Mawrth
weekday-long-3 = Dydd Mercher
weekday-long-4 = Dydd Iau
weekday-long-5 = Dydd Gwener
weekday-long-6 = Dydd Sadwrn
weekday-long-7 = Dydd Sul
weekday-short-1 = Llun
weekday-short-2 = Maw
weekday-short-3 = Mer
weekday-short-4 = Iau
weekday-short-5 = Gwe
weekday-short-6 = Sad
weekday-short-7 = Sul

## Cyfrifon
count-people = { $count ->
    [zero] dim pobl
    [one] { $count } person
    [two] { $count } berson
    [few] { $count } pherson
    [many] { $count } pherson
   *[other] { $count } person
}

## Rhestrau sefydlog (choice-<Math>-<allwedd>)
choice-Format-group = Grŵp
choice-Format-one_to_one = Un-i-un
choice-PriceUnit-per_hour = yr awr
choice-PriceUnit-per_person = y person
choice-ExceptionKind-unavailable = Ddim ar gael
choice-ExceptionKind-extra = Diwrnod ychwanegol ar gael
choice-Paper-pvg = PVG
choice-Paper-insurance = Yswiriant
choice-MeetingKind-agm = Cyfarfod cyffredinol blynyddol
choice-MeetingKind-special = Cyfarfod cyffredinol arbennig
choice-MeetingKind-board = Cyfarfod y bwrdd
choice-Presence-in_person = Wyneb yn wyneb
choice-Presence-online = Ar-lein
choice-Presence-proxy = Drwy ddirprwy
choice-ResolutionKind-ordinary = Cyffredin
choice-ResolutionKind-special = Arbennig
choice-LegalForm-registered_society = Cymdeithas gofrestredig (mae aelodau'n dal cyfranddaliadau)
choice-LegalForm-company_limited_by_guarantee = Cwmni cyfyngedig drwy warant (dim cyfranddaliadau)
choice-Office-chair = Cadeirydd
choice-Office-secretary = Ysgrifennydd
choice-Office-treasurer = Trysorydd
choice-Office-board_member = Aelod o'r bwrdd
choice-LedgerKind-issue = Dyroddi
choice-LedgerKind-withdrawal = Tynnu'n ôl
choice-LedgerKind-transfer = Trosglwyddo
choice-Role-carer = Gofalwr
choice-Role-professional = Gweithiwr proffesiynol
choice-Role-therapist = Therapydd
choice-Role-wellbeing_specialist = Arbenigwr llesiant
choice-Role-befriender = Cyfaill
choice-Role-other = Arall
choice-PvgScope-adults = Oedolion
choice-PvgScope-children = Plant
choice-PvgScope-both = Oedolion a phlant
choice-Need-long_term_condition = Cyflwr hirdymor
choice-Need-mental_health = Iechyd meddwl
choice-Need-lonely_or_isolated = Unig neu ynysig
choice-Need-complex_social_needs = Anghenion cymdeithasol cymhleth
choice-Need-unpaid_carer = Gofalwr di-dâl
choice-SdsOption-sds1 = Opsiwn SDS 1 (taliad uniongyrchol)
choice-SdsOption-sds2 = Opsiwn SDS 2 (cronfa gwasanaeth unigol)
choice-SdsOption-sds3 = Opsiwn SDS 3 (y cyngor sy'n trefnu)
choice-SdsOption-sds4 = Opsiwn SDS 4 (cymysgedd)
choice-GoalStatus-open = Ar agor
choice-GoalStatus-achieved = Wedi'i gyflawni
choice-GoalStatus-dropped = Wedi'i ollwng
choice-ContactKind-phone = Ffôn
choice-ContactKind-visit = Ymweliad
choice-ContactKind-meeting = Cyfarfod
choice-ContactKind-message = Neges
choice-ReferralSource-self = Hunanatgyfeirio
choice-ReferralSource-gp = Meddyg teulu
choice-ReferralSource-community_nurse = Nyrs gymunedol
choice-ReferralSource-social_services = Gwasanaethau cymdeithasol
choice-ReferralSource-carer_family = Gofalwr neu deulu
choice-ReferralSource-community_organisation = Sefydliad cymunedol
choice-ReferralSource-other = Arall
choice-Urgency-routine = Arferol
choice-Urgency-soon = Cyn bo hir
choice-Urgency-urgent = Brys
choice-ReferralStatus-new = Newydd
choice-ReferralStatus-contacted = Cysylltwyd
choice-ReferralStatus-assessed = Aseswyd
choice-ReferralStatus-matched = Wedi'i baru
choice-ReferralStatus-active = Yn weithredol
choice-ReferralStatus-completed = Wedi'i gwblhau
choice-ReferralStatus-declined = Wedi gwrthod
choice-ReferralStatus-did_not_engage = Heb ymgysylltu
choice-ReferralStatus-closed = Wedi cau
choice-Attendance-expected = Heb ei nodi eto
choice-Attendance-attended = Yn bresennol
choice-Attendance-did_not_attend = Heb fynychu
choice-Attendance-cancelled_by_person = Canslwyd gan y person
choice-Attendance-cancelled_by_member = Canslwyd gan yr aelod
choice-Repeat-weekly = Wythnosol
choice-Repeat-fortnightly = Bob pythefnos
choice-Timepoint-before = Cyn
choice-Timepoint-during = Yn ystod
choice-Timepoint-after = Ar ôl
choice-ChangeCategory-improved = Wedi gwella
choice-ChangeCategory-no_change = Dim newid ystyrlon
choice-ChangeCategory-declined = Wedi gwaethygu
choice-ChangeCategory-in_progress = Ar y gweill
choice-Instrument-WEMWBS = WEMWBS
choice-Instrument-SWEMWBS = SWEMWBS
choice-Instrument-ONS4 = ONS4

