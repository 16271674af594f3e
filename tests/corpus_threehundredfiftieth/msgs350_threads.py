"""Threads of the threehundredfiftieth corpus: one employer's mail from acknowledgement to the end,
with In-Reply-To/References and quoted earlier messages."""

from __future__ import annotations

from msgs350_common import ME, M, forwarded, html_of, outlook, reply

MESSAGES = []
add = MESSAGES.append

# ------------------------------------------------------------------ A: Veridane Animal Health (en)
VER_ATS = ("Veridane Careers", "veridane@myworkday.com")
PRIYA = ("Priya Lindqvist", "priya.lindqvist@veridane.example.com")

a1 = """Dear Rosalind,

Thank you for applying for the position of Territory Manager - Companion Animal (South West),
requisition R-20417, at Veridane Animal Health.

This email confirms that your application has been submitted successfully. Our talent
acquisition team reviews every application against the requirements of the role. If your
profile is a match, a member of the team will contact you directly to discuss next steps.

You can follow the status of your application at any time by signing in to your candidate
home page.

Kind regards,
Talent Acquisition
Veridane Animal Health

This is an automated message from our recruiting system. Please do not reply to this email.
"""
add(M("veridane_ack", "application_received", "en", "Veridane Animal Health", "", VER_ATS,
      "Veridane Animal Health: we have received your application (R-20417)",
      "2026-01-14 08:03 +0000", a1, fmt="alt",
      html=html_of(a1, "Veridane Animal Health", "#0b4f6c"), cte="quoted-printable"))

a2 = """Hi Rosalind,

Thanks for your application for our Territory Manager role covering Bristol, Somerset and
North Devon. I enjoyed reading about your eight years in small-animal practice - the
clinical credibility you'd bring with vets is exactly what Gareth (our Regional Sales
Manager) is looking for.

We'd like to invite you to a first-round video interview with Gareth and me:

  Thursday 29 January, 10:30-11:15 (UK time)
  Microsoft Teams - the link is in the calendar invitation attached

It will be a mix of competency questions and a short conversation about how you'd approach
a practice that currently uses a competitor's parasiticide range. No presentation needed
for this round.

Could you accept the invitation or let me know if the time doesn't work?

Best wishes,
Priya

Priya Lindqvist
Talent Acquisition Partner, UK & Ireland
Veridane Animal Health | Thames Valley Park, Reading RG6 1PT
+44 118 496 0731
"""
add(M("veridane_invite", "interview_invitation", "en", "Veridane Animal Health",
      "priya.lindqvist@veridane.example.com", PRIYA,
      "Interview invitation - Territory Manager, Companion Animal (South West)",
      "2026-01-22 14:41 +0000", a2, fmt="alt", parent="veridane_ack",
      ics={"method": "REQUEST", "uid": "veridane-r20417-1@veridane.example.com", "seq": 0,
           "summary": "Veridane - first interview - Rosalind Achterberg-Osei",
           "start": "20260129T103000", "end": "20260129T111500",
           "tz": "Europe/London", "location": "Microsoft Teams"}))

a3_new = """Hi Rosalind,

I'm really sorry to do this, but Gareth has been asked to join a national account meeting
on Thursday morning, so we need to move your interview. Would Monday 2 February at 14:00
work instead? I've sent an updated invitation for that slot - if it's no good, just reply
with a couple of times that suit you and I'll rearrange.

Nothing else changes: same format, same panel.

Apologies again,
Priya"""
a3 = reply(a3_new, "On Thu, 22 Jan 2026 at 14:41, Priya Lindqvist "
           "<priya.lindqvist@veridane.example.com> wrote:", a2)
add(M("veridane_moved", "interview_reschedule_or_cancel", "en", "Veridane Animal Health",
      "priya.lindqvist@veridane.example.com", PRIYA,
      "RE: Interview invitation - Territory Manager, Companion Animal (South West)",
      "2026-01-27 09:12 +0000", a3, fmt="alt", parent="veridane_invite", cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "veridane-r20417-1@veridane.example.com", "seq": 1,
           "summary": "Veridane - first interview - Rosalind Achterberg-Osei (moved)",
           "start": "20260202T140000", "end": "20260202T144500",
           "tz": "Europe/London", "location": "Microsoft Teams"}))

a4_new = """Dear Priya,

Thank you - and please thank Gareth - for your time this afternoon. I enjoyed the
conversation, especially the discussion about how practices decide between parasiticide
ranges; it's a decision I watched our clinical director make many times from the other
side of the counter.

I'm very interested in the role and happy to provide anything else you need.

Kind regards,
Rosalind Achterberg-Osei
07700 900418"""
a4 = reply(a4_new, "On Tue, 27 Jan 2026 at 09:12, Priya Lindqvist "
           "<priya.lindqvist@veridane.example.com> wrote:", a3)
add(M("veridane_own_thanks", "other", "en", "", "", ME,
      "Re: Interview invitation - Territory Manager, Companion Animal (South West)",
      "2026-02-02 16:20 +0000", a4, to=[PRIYA], parent="veridane_moved"))

a5_new = """Dear Rosalind,

Thank you for taking the time to speak with Gareth and me, and for your kind note
afterwards.

We had a strong shortlist for this territory and, after a lot of discussion, we have
decided to move forward with a candidate who already has several years of field sales
experience in animal health. I know that's not the news you were hoping for, and I want
to stress that your clinical background came across really well.

I'd be glad to keep your details on file for future Veridane roles, particularly our
technical services team, unless you'd prefer otherwise.

With best wishes for your search,
Priya

Priya Lindqvist
Talent Acquisition Partner, UK & Ireland
Veridane Animal Health"""
a5 = reply(a5_new, "On Mon, 2 Feb 2026 at 16:20, Rosalind Achterberg-Osei "
           "<rosalind.achterberg@example.co.uk> wrote:", a4)
add(M("veridane_no", "rejection", "en", "Veridane Animal Health",
      "priya.lindqvist@veridane.example.com", PRIYA,
      "RE: Interview invitation - Territory Manager, Companion Animal (South West)",
      "2026-02-11 11:05 +0000", a5, parent="veridane_own_thanks", cte="quoted-printable"))

# ------------------------------------------------------------------ B: Brambleway Pet Nutrition
BRAM_GH = ("Brambleway Pet Nutrition", "no-reply@greenhouse-mail.io")
TOM_GH = ("Tom Ashdown via Greenhouse", "no-reply@greenhouse-mail.io")
TOM = ("Tom Ashdown", "tom.ashdown@brambleway.example.co.uk")
GEMMA = ("Gemma Pryce", "gemma.pryce@brambleway.example.co.uk")

b1 = """Hi Rosalind,

Thanks so much for applying for the Veterinary Business Development Executive role at
Brambleway Pet Nutrition! We're a small team and we read every application ourselves, so
please bear with us - you'll hear from us within two weeks either way.

In the meantime, you might like to read about how our Bristol kitchen develops our
veterinary diets: brambleway.example.co.uk/our-kitchen

Woofs and purrs,
The Brambleway Talent Team
"""
add(M("bram_ack", "application_received", "en", "Brambleway Pet Nutrition", "", BRAM_GH,
      "Thanks for applying to Brambleway Pet Nutrition!", "2026-08-03 10:17 +0100", b1,
      fmt="alt", html=html_of(b1, "Brambleway", "#6a8d3a")))

b2 = """Hi Rosalind,

Thanks for your patience! Your background really stood out to us - we don't often see
applications from RVNs who have run weight-management clinics, and that's very relevant
to our Vet Range.

I'd love to set up a 30-minute phone call to tell you more about the role and hear a bit
more about you. Please pick a time that suits you using the link below:

https://app.greenhouse.example/schedule/brambleway/7c1e02

Slots are available Tuesday 11 to Friday 14 August.

Speak soon,
Tom Ashdown
Talent Partner, Brambleway Pet Nutrition
"""
add(M("bram_invite_screen", "interview_invitation", "en", "Brambleway Pet Nutrition",
      "tom.ashdown@brambleway.example.co.uk", TOM_GH,
      "Brambleway Pet Nutrition - let's have a chat!", "2026-08-10 15:30 +0100", b2,
      reply_to=TOM, parent="bram_ack"))

b3 = """Hi Rosalind,

Great to talk on Wednesday - thank you! As promised, I'm delighted to invite you to the
final stage: a panel interview at our Bristol office with Hannah Cole (Head of Veterinary
Channel) and Marcus Oyelaran (Regional Manager).

  Date: Tuesday 25 August 2026, 11:00-12:30
  Where: Brambleway Pet Nutrition, 14 Wapping Wharf, Bristol BS1 4RH

Please prepare a 10-minute presentation: "How would you grow Brambleway Vet Range sales
in 20 independent practices in your first six months?" Slides are optional - a flipchart
is fine.

A calendar invitation is attached. Let me know if you need anything for the day.

Tom
"""
add(M("bram_invite_panel", "interview_invitation", "en", "Brambleway Pet Nutrition",
      "tom.ashdown@brambleway.example.co.uk", TOM, "Final interview - Brambleway Pet Nutrition",
      "2026-08-14 12:02 +0100", b3, parent="bram_invite_screen",
      fmt="alt", html=html_of(b3), cte="base64",
      ics={"method": "REQUEST", "uid": "bram-final-4471@brambleway.example.co.uk", "seq": 0,
           "summary": "Final interview - Brambleway Vet BDE - Rosalind",
           "start": "20260825T110000", "end": "20260825T123000", "tz": "Europe/London",
           "location": "14 Wapping Wharf, Bristol BS1 4RH"}))

b4_new = """Hi Rosalind,

Small change of plan, I'm afraid: Hannah's flight back from the trade show in Bologna has
been pushed to Tuesday evening, so we need to move your final interview to Thursday 27
August, same time (11:00) and same place. I've updated the calendar invitation.

The presentation brief stays the same. Sorry for the shuffle!

Tom"""
b4 = reply(b4_new, "On Fri, 14 Aug 2026 at 12:02, Tom Ashdown "
           "<tom.ashdown@brambleway.example.co.uk> wrote:", b3)
add(M("bram_moved", "interview_reschedule_or_cancel", "en", "Brambleway Pet Nutrition",
      "tom.ashdown@brambleway.example.co.uk", TOM,
      "Re: Final interview - Brambleway Pet Nutrition", "2026-08-19 17:45 +0100", b4,
      parent="bram_invite_panel", fmt="alt",
      ics={"method": "REQUEST", "uid": "bram-final-4471@brambleway.example.co.uk", "seq": 1,
           "summary": "Final interview - Brambleway Vet BDE - Rosalind (new date)",
           "start": "20260827T110000", "end": "20260827T123000", "tz": "Europe/London",
           "location": "14 Wapping Wharf, Bristol BS1 4RH"}))

b5_new = """Hi Tom,

Thursday is absolutely fine - see you on the 27th. Thanks for letting me know in good time.

Best,
Rosalind"""
b5 = reply(b5_new, "On Wed, 19 Aug 2026 at 17:45, Tom Ashdown "
           "<tom.ashdown@brambleway.example.co.uk> wrote:", b4)
add(M("bram_own_ok", "other", "en", "", "", ME,
      "Re: Final interview - Brambleway Pet Nutrition", "2026-08-19 19:02 +0100", b5,
      to=[TOM], parent="bram_moved"))

b6 = """Hi Rosalind,

Following my call with you this afternoon, I'm thrilled to confirm in writing that we'd
like to offer you the role of Veterinary Business Development Executive at Brambleway Pet
Nutrition!

The headline terms we discussed:
- Base salary GBP 36,500, plus quarterly bonus of up to 15%
- Company car (hybrid) and fuel card
- 27 days' holiday plus bank holidays
- Start date to be agreed - ideally Monday 5 October

Gemma from our People team will send the formal offer letter and contract in the next few
days. Hannah and Marcus were both really impressed by your presentation.

Congratulations - we really hope you'll join us!
Tom
"""
add(M("bram_offer_verbal", "offer", "en", "Brambleway Pet Nutrition",
      "tom.ashdown@brambleway.example.co.uk", TOM,
      "Your offer from Brambleway Pet Nutrition", "2026-09-03 16:48 +0100", b6,
      parent="bram_own_ok", cte="quoted-printable"))

b7 = """Dear Rosalind,

Further to Tom's email, please find attached your formal offer letter for the position of
Veterinary Business Development Executive, together with a summary of our benefits.

Please read the letter carefully. If you are happy to accept, sign and return a copy by
Friday 11 September 2026. Your contract of employment will follow once we have received your
acceptance and two satisfactory references.

If you have any questions about the terms, I'm very happy to talk them through.

Kind regards,

Gemma Pryce
People Partner
Brambleway Pet Nutrition Ltd | 14 Wapping Wharf, Bristol BS1 4RH | 0117 496 0552

This email and any attachments are confidential and intended solely for the addressee. If
you have received it in error, please notify the sender and delete it. Brambleway Pet
Nutrition Ltd is registered in England and Wales, company number 09876543.
"""
add(M("bram_offer_letter", "offer", "en", "Brambleway Pet Nutrition",
      "gemma.pryce@brambleway.example.co.uk", GEMMA,
      "Offer of employment - Veterinary Business Development Executive",
      "2026-09-07 09:30 +0100", b7, cc=[TOM], parent="bram_offer_verbal",
      pdfs=[("Offer_Letter_R_Achterberg-Osei.pdf", "Brambleway Pet Nutrition - Offer Letter",
             ["Dear Rosalind Achterberg-Osei,", "We are pleased to offer you the position of",
              "Veterinary Business Development Executive.", "Base salary: GBP 36,500 per annum",
              "Start date: 5 October 2026", "Please sign and return by 11 September 2026."]),
            ("Benefits_Summary.pdf", "Brambleway benefits summary",
             ["Company car", "Pension 6% employer", "27 days holiday", "Pet insurance"])]))

b8_new = """Dear Gemma,

Thank you for the letter - I'm delighted to have received it. Before I sign, could we talk
about two points: the base salary (I was hoping for something closer to GBP 38,000), and whether the start
date could be Monday 12 October, as I need to give four weeks' notice at the practice.

Kind regards,
Rosalind"""
b8 = reply(b8_new, "On Mon, 7 Sep 2026 at 09:30, Gemma Pryce "
           "<gemma.pryce@brambleway.example.co.uk> wrote:", b7)
add(M("bram_own_negotiate", "other", "en", "", "", ME,
      "Re: Offer of employment - Veterinary Business Development Executive",
      "2026-09-08 20:14 +0100", b8, to=[GEMMA], parent="bram_offer_letter"))

b9_new = """Dear Rosalind,

Thanks for being so open with us. I've spoken with Hannah and I'm pleased to say we can
revise our offer: a base salary of GBP 37,750, with everything else unchanged, and a start
date of Monday 12 October 2026.

The updated offer letter is attached. If you're happy, please sign and return it by
Wednesday 16 September and I'll send the contract straight away.

Kind regards,
Gemma"""
b9 = reply(b9_new, "On Tue, 8 Sep 2026 at 20:14, Rosalind Achterberg-Osei "
           "<rosalind.achterberg@example.co.uk> wrote:", b8)
add(M("bram_offer_revised", "offer", "en", "Brambleway Pet Nutrition",
      "gemma.pryce@brambleway.example.co.uk", GEMMA,
      "RE: Offer of employment - Veterinary Business Development Executive",
      "2026-09-10 13:22 +0100", b9, parent="bram_own_negotiate", cte="quoted-printable",
      pdfs=[("Revised_Offer_Letter.pdf", "Brambleway Pet Nutrition - Revised Offer",
             ["Base salary: GBP 37,750 per annum", "Start date: 12 October 2026"])]))

b10 = """Hi Rosalind Achterberg-Osei,

Brambleway Pet Nutrition has sent you documents to review and sign:

  - Contract of Employment - Veterinary Business Development Executive
  - Company Car Policy acknowledgement

Please sign by: 24 September 2026

Review and sign: https://brambleway.bamboohr.example/esignatures/8812

If you have questions about these documents, please contact Gemma Pryce at Brambleway Pet
Nutrition.

This message was sent by BambooHR on behalf of Brambleway Pet Nutrition.
"""
add(M("bram_contract", "offer", "en", "Brambleway Pet Nutrition", "",
      ("Brambleway Pet Nutrition", "notifications@bamboohr.com"),
      "Signature requested: Contract of Employment - Brambleway Pet Nutrition",
      "2026-09-17 10:05 +0100", b10, fmt="html"))
MESSAGES[-1]["body"] = html_of(b10, "BambooHR e-signatures", "#73c41d")

# ------------------------------------------------------------------ C: Analyvet (fr, Lyon)
ANA_TT = ("Analyvet", "no-reply@teamtailor-mail.com")
CLAIRE = ("Claire Dumoulin-Ferrand", "claire.dumoulin-ferrand@analyvet.example.fr")
VERNAY = ("Julien Vernay", "j.vernay@vernay-conseil.example.fr")

c1 = """Bonjour Rosalind,

Merci pour votre candidature au poste de Délégué(e) technico-commercial(e) vétérinaire -
Rhône-Alpes chez Analyvet.

Nous avons bien reçu votre dossier. Notre équipe recrutement l'étudie avec attention et
reviendra vers vous dans les meilleurs délais.

En raison du nombre important de candidatures, nous ne pouvons malheureusement pas
répondre individuellement à chaque personne avant la fin de la présélection.

Bien cordialement,
L'équipe Talents - Analyvet
Laboratoire d'analyses vétérinaires - 27 rue de Gerland, 69007 Lyon
"""
add(M("ana_ack", "application_received", "fr", "Analyvet", "", ANA_TT,
      "Votre candidature chez Analyvet a bien été reçue", "2026-01-20 07:45 +0100", c1,
      fmt="alt", html=html_of(c1, "Analyvet", "#8a1538"), cte="quoted-printable",
      subj_enc=("utf-8", "q")))

c2 = """Bonjour Rosalind,

Suite à votre candidature transmise par le cabinet Vernay Conseil, j'ai le plaisir de vous
proposer un premier entretien en visioconférence pour le poste de délégué(e)
technico-commercial(e).

Je vous propose le mardi 10 février à 9h30 (heure de Paris), pour environ 45 minutes, avec
moi-même et Étienne Barral, directeur commercial. L'entretien se déroulera en français ;
une partie pourra se faire en anglais si vous le souhaitez.

Merci de me confirmer votre disponibilité par retour de mail.

Bien à vous,

Claire Dumoulin-Ferrand
Responsable Ressources Humaines
Analyvet - 27 rue de Gerland, 69007 Lyon
Tél. : +33 4 72 00 41 18
"""
add(M("ana_invite", "interview_invitation", "fr", "Analyvet",
      "claire.dumoulin-ferrand@analyvet.example.fr", CLAIRE,
      "Proposition d'entretien - Délégué(e) technico-commercial(e)",
      "2026-02-02 11:20 +0100", c2, parent="ana_ack", charset="iso-8859-1",
      cte="quoted-printable", subj_enc=("iso-8859-1", "q")))

c3_new = """Bonjour Rosalind,

Je suis désolée, mais M. Barral est retenu par un déplacement client mardi matin. Pourriez-
vous décaler notre entretien au jeudi 12 février à 14h00 ? Le lien de visio reste le même.

Je vous remercie de votre compréhension et reste à votre disposition.

Bien cordialement,
Claire"""
c3 = reply(c3_new, "Le lun. 2 févr. 2026 à 11:20, Claire Dumoulin-Ferrand "
           "<claire.dumoulin-ferrand@analyvet.example.fr> a écrit :", c2)
add(M("ana_moved", "interview_reschedule_or_cancel", "fr", "Analyvet",
      "claire.dumoulin-ferrand@analyvet.example.fr", CLAIRE,
      "RE: Proposition d'entretien - Délégué(e) technico-commercial(e)",
      "2026-02-06 16:02 +0100", c3, parent="ana_invite", charset="windows-1252",
      cte="8bit"))

c4 = """Bonjour Rosalind,

Merci encore pour l'échange de jeudi. Étienne et moi avons été convaincus par votre
parcours et nous aimerions vous rencontrer à Lyon pour un second entretien, qui comprendra
une mise en situation (simulation de rendez-vous avec un vétérinaire praticien).

Date : vendredi 27 février 2026, de 10h00 à 12h30
Lieu : Analyvet, 27 rue de Gerland, 69007 Lyon (accueil au rez-de-chaussée)

Vos frais de déplacement depuis Bristol seront pris en charge ; notre assistante vous
contactera pour réserver le billet. Vous trouverez l'invitation ci-jointe.

Bien cordialement,
Claire Dumoulin-Ferrand
"""
add(M("ana_invite2", "interview_invitation", "fr", "Analyvet",
      "claire.dumoulin-ferrand@analyvet.example.fr", CLAIRE,
      "Second entretien à Lyon - Analyvet", "2026-02-16 10:10 +0100", c4, parent="ana_moved",
      fmt="alt", html=html_of(c4), cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "ana-2nd-5520@analyvet.example.fr", "seq": 0,
           "summary": "Second entretien - Rosalind Achterberg-Osei",
           "start": "20260227T100000", "end": "20260227T123000", "tz": "Europe/Paris",
           "location": "Analyvet - 27 rue de Gerland - 69007 Lyon"}))

v1 = """Bonjour Rosalind,

Excellente nouvelle : Analyvet m'a appelé ce matin, ils souhaitent vous faire une offre pour
le poste de délégué(e) technico-commercial(e) Rhône-Alpes !

Les grandes lignes : rémunération fixe de 38 000 EUR bruts annuels, variable jusqu'à
6 000 EUR, véhicule de fonction, mutuelle prise en charge à 70 %. Prise de poste souhaitée
début avril.

Claire Dumoulin-Ferrand vous enverra la promesse d'embauche écrite dans les prochains jours.
Appelez-moi quand vous voulez pour en parler, notamment pour la question du
déménagement.

Bien à vous,

Julien Vernay
Consultant senior - Vente & Santé animale
Vernay Conseil - 14 quai Saint-Antoine, 69002 Lyon
06 12 34 56 78
"""
add(M("vernay_offer", "offer", "fr", "Analyvet", "j.vernay@vernay-conseil.example.fr", VERNAY,
      "Offre Analyvet !", "2026-03-04 11:48 +0100", v1, cte="8bit"))

c5 = """Bonjour Rosalind,

Comme convenu lors de notre appel de ce jour, je vous confirme par écrit que nous sommes
heureux de vous proposer le poste de Délégué(e) technico-commercial(e) vétérinaire pour la
région Rhône-Alpes, en CDI, à compter du 1er avril 2026.

Vous recevrez la promesse d'embauche détaillée d'ici la fin de semaine. N'hésitez pas à me
contacter pour toute question.

Toute l'équipe se réjouit à l'idée de travailler avec vous.

Cordialement,
Claire Dumoulin-Ferrand
Responsable Ressources Humaines - Analyvet
"""
add(M("ana_offer", "offer", "fr", "Analyvet", "claire.dumoulin-ferrand@analyvet.example.fr",
      CLAIRE, "Confirmation de notre proposition", "2026-03-05 17:30 +0100", c5,
      parent="ana_invite2", fmt="html", charset="iso-8859-1", cte="quoted-printable"))
MESSAGES[-1]["body"] = html_of(c5)

c6 = """Bonjour Rosalind,

Veuillez trouver ci-joint votre promesse d'embauche pour le poste de Délégué(e)
technico-commercial(e) vétérinaire, ainsi que la fiche de poste.

Nous vous remercions de nous la retourner datée et signée, précédée de la mention « Bon pour
accord », au plus tard le 16 mars 2026.

Cordialement,

Claire Dumoulin-Ferrand
Responsable Ressources Humaines
Analyvet SAS - 27 rue de Gerland, 69007 Lyon - RCS Lyon 812 345 678

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de
leur destinataire. Toute utilisation non conforme à leur destination est interdite.
"""
add(M("ana_promesse", "offer", "fr", "Analyvet", "claire.dumoulin-ferrand@analyvet.example.fr",
      CLAIRE, "Promesse d'embauche - Rosalind Achterberg-Osei", "2026-03-09 09:15 +0100", c6,
      parent="ana_offer", charset="windows-1252", cte="quoted-printable",
      pdfs=[("Promesse_embauche_Achterberg-Osei.pdf", "Analyvet - Promesse d'embauche",
             ["Poste : Delegue(e) technico-commercial(e) veterinaire",
              "Contrat : CDI - statut cadre", "Remuneration fixe : 38 000 EUR bruts annuels",
              "Date d'entree : 1er avril 2026"]),
            ("Fiche_de_poste.pdf", "Fiche de poste", ["Secteur : Rhone, Loire, Ain, Isere"])]))

c7_new = """Bonjour Claire,

Merci beaucoup pour la promesse d'embauche. Avant de la signer, j'aimerais savoir s'il
serait possible de prévoir une aide au déménagement depuis Bristol, et de décaler la prise
de poste au 4 mai.

Bien cordialement,
Rosalind"""
c7 = reply(c7_new, "Le lun. 9 mars 2026 à 09:15, Claire Dumoulin-Ferrand "
           "<claire.dumoulin-ferrand@analyvet.example.fr> a écrit :", c6)
add(M("ana_own_question", "other", "fr", "", "", ME,
      "Re: Promesse d'embauche - Rosalind Achterberg-Osei", "2026-03-11 21:40 +0000", c7,
      to=[CLAIRE], parent="ana_promesse"))

c8_new = """Bonjour Rosalind,

Nous avons étudié votre demande avec la direction. Nous sommes en mesure de vous proposer :
- une prime d'installation de 3 000 EUR bruts, versée avec le premier salaire ;
- une prise de poste au lundi 4 mai 2026.

Les autres conditions restent inchangées. Vous trouverez ci-joint la promesse d'embauche
mise à jour ; merci de nous la retourner signée avant le 23 mars si elle vous convient.

Bien cordialement,
Claire"""
c8 = reply(c8_new, "Le mer. 11 mars 2026 à 22:40, Rosalind Achterberg-Osei "
           "<rosalind.achterberg@example.co.uk> a écrit :", c7)
add(M("ana_offer_revised", "offer", "fr", "Analyvet",
      "claire.dumoulin-ferrand@analyvet.example.fr", CLAIRE,
      "RE: Promesse d'embauche - Rosalind Achterberg-Osei", "2026-03-16 15:05 +0100", c8,
      parent="ana_own_question", cte="base64",
      pdfs=[("Promesse_embauche_v2.pdf", "Analyvet - Promesse d'embauche (v2)",
             ["Prime d'installation : 3 000 EUR bruts", "Date d'entree : 4 mai 2026"])]))

c9_new = """Chère Claire,

Merci infiniment pour votre proposition et pour la souplesse dont vous avez fait preuve.
Après beaucoup de réflexion, j'ai décidé de rester au Royaume-Uni pour des raisons
familiales. Je dois donc décliner votre offre, à regret.

Je garde un excellent souvenir de ma journée à Lyon et je vous souhaite, ainsi qu'à
Étienne, une très bonne continuation.

Bien cordialement,
Rosalind Achterberg-Osei"""
c9 = reply(c9_new, "Le lun. 16 mars 2026 à 15:05, Claire Dumoulin-Ferrand "
           "<claire.dumoulin-ferrand@analyvet.example.fr> a écrit :", c8)
add(M("ana_own_decline", "other", "fr", "", "", ME,
      "Re: Promesse d'embauche - Rosalind Achterberg-Osei", "2026-03-23 18:30 +0000", c9,
      to=[CLAIRE], cc=[VERNAY], parent="ana_offer_revised", cte="quoted-printable"))

c10 = """Bonjour Rosalind,

Pour ne pas perdre de temps, et dans l'attente de votre retour sur la promesse d'embauche,
voici le lien de signature électronique de votre contrat de travail (CDI) :

https://sign.analyvet.example.fr/c/0f83a1

Le contrat reprend les conditions de la promesse mise à jour (prime d'installation et prise
de poste au 4 mai). Le lien est valable 15 jours.

Bien cordialement,
Claire Dumoulin-Ferrand
"""
add(M("ana_contract", "offer", "fr", "Analyvet", "claire.dumoulin-ferrand@analyvet.example.fr",
      CLAIRE, "Votre contrat de travail à signer", "2026-03-20 10:00 +0100", c10,
      subj_enc=("utf-8", "b"), name_enc=("utf-8", "b")))

# ------------------------------------------------------------------ D: Hartwig Tiergesundheit (de)
HART_SF = ("Hartwig Tiergesundheit Karriere", "noreply@successfactors.eu")
WOHL = ("Dr. Kerstin Wohlleben", "kerstin.wohlleben@hartwig-tg.example.de")

d1 = """Sehr geehrte Frau Achterberg-Osei,

vielen Dank für Ihre Bewerbung als Pharmareferent/in Nutztier (m/w/d) im Gebiet
Hannover/Braunschweig und Ihr Interesse an der Hartwig Tiergesundheit.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig
und melden uns so bald wie möglich bei Ihnen. Den aktuellen Stand können Sie jederzeit in
Ihrem Kandidatenprofil einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Hartwig Tiergesundheit GmbH, Vahrenwalder Straße 212, 30179 Hannover

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
"""
add(M("hart_ack", "application_received", "de", "Hartwig Tiergesundheit", "", HART_SF,
      "Eingangsbestätigung Ihrer Bewerbung - Pharmareferent/in Nutztier (m/w/d)",
      "2026-02-03 06:12 +0100", d1, charset="iso-8859-1", cte="quoted-printable"))

d2 = """Sehr geehrte Frau Achterberg-Osei,

Ihre Bewerbung hat uns sehr angesprochen. Gerne möchten wir Sie persönlich kennenlernen und
laden Sie zu einem ersten Gespräch per Microsoft Teams ein:

Termin: Mittwoch, 25. Februar 2026, 10:00 bis 11:00 Uhr
Gesprächspartner: Herr Jens Ahlborn (Vertriebsleiter Nord) und ich

Da die Stelle Kundenkontakt mit landwirtschaftlichen Betrieben in Niedersachsen umfasst,
würden wir das Gespräch gern auf Deutsch führen. Bitte bestätigen Sie uns den Termin kurz
per E-Mail; die Einladung mit dem Teams-Link finden Sie im Anhang.

Mit freundlichen Grüßen

Dr. Kerstin Wohlleben
Personalreferentin
Hartwig Tiergesundheit GmbH
Vahrenwalder Straße 212 | 30179 Hannover
Telefon +49 511 555 2047

Geschäftsführer: Dr. Ulrich Hartwig, Maren Soltau | Amtsgericht Hannover HRB 55443
"""
add(M("hart_invite", "interview_invitation", "de", "Hartwig Tiergesundheit",
      "kerstin.wohlleben@hartwig-tg.example.de", WOHL,
      "Einladung zum Vorstellungsgespräch", "2026-02-12 13:37 +0100", d2, parent="hart_ack",
      fmt="alt", html=html_of(d2), charset="iso-8859-1", cte="quoted-printable",
      ics_file={"method": "REQUEST", "uid": "hart-vg-0931@hartwig-tg.example.de", "seq": 0,
                "summary": "Vorstellungsgespräch Frau Achterberg-Osei",
                "start": "20260225T100000", "end": "20260225T110000", "tz": "Europe/Berlin",
                "location": "Microsoft Teams"},
      name_enc=("iso-8859-1", "q")))

d3_new = """Sehr geehrte Frau Achterberg-Osei,

leider muss ich unseren Termin am Mittwoch, 25. Februar, absagen, da Herr Ahlborn kurzfristig
verhindert ist. Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag bei
Ihnen. Die Kalendereinladung habe ich storniert.

Ich bitte um Ihr Verständnis.

Mit freundlichen Grüßen
Kerstin Wohlleben"""
d3 = reply(d3_new, "Am 12.02.2026 um 13:37 schrieb Dr. Kerstin Wohlleben "
           "<kerstin.wohlleben@hartwig-tg.example.de>:", d2)
add(M("hart_cancel", "interview_reschedule_or_cancel", "de", "Hartwig Tiergesundheit",
      "kerstin.wohlleben@hartwig-tg.example.de", WOHL,
      "AW: Einladung zum Vorstellungsgespräch", "2026-02-23 08:50 +0100", d3,
      parent="hart_invite", fmt="alt", charset="utf-8", cte="8bit",
      ics={"method": "CANCEL", "uid": "hart-vg-0931@hartwig-tg.example.de", "seq": 1,
           "summary": "Abgesagt: Vorstellungsgespräch Frau Achterberg-Osei",
           "start": "20260225T100000", "end": "20260225T110000", "tz": "Europe/Berlin",
           "location": "Microsoft Teams"}))

d4_new = """Sehr geehrte Frau Achterberg-Osei,

nach unserem Telefonat möchte ich Ihnen den neuen Termin bestätigen: Dienstag, 3. März 2026,
um 14:00 Uhr, wieder per Teams mit Herrn Ahlborn und mir. Die neue Einladung ist unterwegs.

Viele Grüße
Kerstin Wohlleben"""
d4 = reply(d4_new, "Am 23.02.2026 um 08:50 schrieb Dr. Kerstin Wohlleben "
           "<kerstin.wohlleben@hartwig-tg.example.de>:", d3)
add(M("hart_newslot", "interview_invitation", "de", "Hartwig Tiergesundheit",
      "kerstin.wohlleben@hartwig-tg.example.de", WOHL,
      "AW: AW: Einladung zum Vorstellungsgespräch", "2026-02-26 11:02 +0100", d4,
      parent="hart_cancel", fmt="alt",
      ics={"method": "REQUEST", "uid": "hart-vg-0932@hartwig-tg.example.de", "seq": 0,
           "summary": "Vorstellungsgespräch Frau Achterberg-Osei (neuer Termin)",
           "start": "20260303T140000", "end": "20260303T150000", "tz": "Europe/Berlin",
           "location": "Microsoft Teams"}))

d5_new = """Sehr geehrte Frau Achterberg-Osei,

vielen Dank für das offene und angenehme Gespräch am Dienstag und die Zeit, die Sie sich
genommen haben.

Nach reiflicher Überlegung haben wir uns für eine Kandidatin entschieden, die bereits
mehrjährige Erfahrung im Außendienst für Nutztierarzneimittel mitbringt. Wir bedauern,
Ihnen keine positivere Nachricht geben zu können, und danken Ihnen für Ihr Interesse an
der Hartwig Tiergesundheit.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Dr. Kerstin Wohlleben
Personalreferentin"""
d5 = reply(d5_new, "Am 26.02.2026 um 11:02 schrieb Dr. Kerstin Wohlleben "
           "<kerstin.wohlleben@hartwig-tg.example.de>:", d4)
add(M("hart_no", "rejection", "de", "Hartwig Tiergesundheit",
      "kerstin.wohlleben@hartwig-tg.example.de", WOHL,
      "AW: AW: AW: Einladung zum Vorstellungsgespräch", "2026-03-10 15:18 +0100", d5,
      parent="hart_newslot", charset="iso-8859-1", cte="8bit"))

# ------------------------------------------------------------------ E: Piensos del Ebro (es)
EBRO = ("Marta Lacasa Gimeno", "m.lacasa@piensosebro.example.es")

e1 = """Hola Rosalind:

Te escribo para confirmarte que hemos recibido tu currículum para la vacante de Técnica
Comercial de Nutrición Animal (porcino y vacuno) en la zona de Zaragoza y Huesca.

Estamos en plena fase de recepción de candidaturas; la cerramos el 15 de abril y a partir de
esa fecha nos pondremos en contacto con las personas preseleccionadas.

Gracias por tu interés en la Cooperativa.

Un saludo,
Marta Lacasa Gimeno
Departamento de Personas
Cooperativa Piensos del Ebro - Ctra. de Castellón km 7, 50720 Zaragoza
Tel. 976 00 12 34
"""
add(M("ebro_ack", "application_received", "es", "Cooperativa Piensos del Ebro",
      "m.lacasa@piensosebro.example.es", EBRO, "Candidatura recibida - Técnica Comercial",
      "2026-04-02 12:40 +0200", e1, charset="iso-8859-1", cte="8bit",
      subj_enc=("iso-8859-1", "b")))

e2_new = """Hola de nuevo, Rosalind:

Tu perfil nos ha parecido muy interesante y nos gustaría conocerte. Te propongo una
entrevista por videollamada (Google Meet) el martes 28 de abril a las 10:00 h, con Joaquín
Sariñena, director comercial, y conmigo. Durará unos 45 minutos.

¿Te viene bien? Si no, dime qué franja te va mejor esa semana.

Un saludo,
Marta"""
e2 = reply(e2_new, "El jue, 2 abr 2026 a las 12:40, Marta Lacasa Gimeno "
           "(<m.lacasa@piensosebro.example.es>) escribió:", e1)
add(M("ebro_invite", "interview_invitation", "es", "Cooperativa Piensos del Ebro",
      "m.lacasa@piensosebro.example.es", EBRO, "RE: Candidatura recibida - Técnica Comercial",
      "2026-04-20 09:05 +0200", e2, parent="ebro_ack", cte="quoted-printable"))

e3_new = """Hola Rosalind:

Te hemos estado esperando en la videollamada de esta mañana a las 10:00 y no hemos conseguido
conectar contigo; también te he llamado al móvil un par de veces sin respuesta. Espero que
no haya pasado nada.

Si sigues interesada en el puesto, escríbeme y vemos si podemos buscar otro hueco.

Un saludo,
Marta"""
e3 = reply(e3_new, "El lun, 20 abr 2026 a las 9:05, Marta Lacasa Gimeno "
           "(<m.lacasa@piensosebro.example.es>) escribió:", e2)
add(M("ebro_missed", "missed_interview_notice", "es", "Cooperativa Piensos del Ebro",
      "m.lacasa@piensosebro.example.es", EBRO, "Entrevista de hoy", "2026-04-28 10:41 +0200",
      e3, parent="ebro_invite", fmt="alt", html=html_of(e3)))

e4_new = """Hola Marta:

Te pido mil disculpas. Tenía apuntada la entrevista a las 10:00 hora del Reino Unido, es
decir, las 11:00 en España; me di cuenta demasiado tarde. Sigo muy interesada en el puesto
y me adapto a cualquier hora que os venga bien.

Un saludo y perdón de nuevo,
Rosalind Achterberg-Osei"""
e4 = reply(e4_new, "El mar, 28 abr 2026 a las 10:41, Marta Lacasa Gimeno "
           "(<m.lacasa@piensosebro.example.es>) escribió:", e3)
add(M("ebro_own_sorry", "other", "es", "", "", ME, "Re: Entrevista de hoy",
      "2026-04-28 11:30 +0100", e4, to=[EBRO], parent="ebro_missed"))

e5_new = """Hola Rosalind:

No te preocupes, nos ha pasado más veces con candidatos de fuera. Te propongo el jueves 30
de abril a las 12:00 h (hora de España, 11:00 en el Reino Unido), mismo enlace de Meet.
Confírmame, por favor.

Un saludo,
Marta"""
e5 = reply(e5_new, "El mar, 28 abr 2026 a las 12:30, Rosalind Achterberg-Osei "
           "(<rosalind.achterberg@example.co.uk>) escribió:", e4)
add(M("ebro_invite2", "interview_invitation", "es", "Cooperativa Piensos del Ebro",
      "m.lacasa@piensosebro.example.es", EBRO, "Re: Entrevista de hoy",
      "2026-04-28 13:15 +0200", e5, parent="ebro_own_sorry", charset="windows-1252",
      cte="quoted-printable"))

e6_new = """Hola Rosalind:

Gracias por la entrevista del jueves y por tu interés en la Cooperativa. Hemos valorado
mucho tu experiencia clínica, pero finalmente hemos optado por una persona con experiencia
directa en explotaciones de porcino de la zona, que era un requisito importante para este
puesto.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Marta Lacasa Gimeno
Departamento de Personas"""
e6 = reply(e6_new, "El mar, 28 abr 2026 a las 13:15, Marta Lacasa Gimeno "
           "(<m.lacasa@piensosebro.example.es>) escribió:", e5)
add(M("ebro_no", "rejection", "es", "Cooperativa Piensos del Ebro",
      "m.lacasa@piensosebro.example.es", EBRO, "Re: Entrevista de hoy",
      "2026-05-11 17:20 +0200", e6, parent="ebro_invite2", cte="base64"))

# ------------------------------------------------------------------ F: Harbourside Vets (en)
HARB_TT = ("Harbourside Vets Group", "no-reply@teamtailor-mail.com")
OWAIN = ("Owain Pritchard", "owain.pritchard@harbourside-vets.example.co.uk")

f1 = """Hi Rosalind,

Thank you for applying for Practice Partnerships Manager (Cardiff & Vale) at Harbourside
Vets Group.

We have received your application and our recruitment team will review it shortly. We
aim to get back to all applicants within ten working days.

Best regards,
Harbourside Vets Group

You are receiving this email because you applied for a job at Harbourside Vets Group.
Manage your data: https://harbourside.teamtailor.example/connect
"""
add(M("harb_ack", "application_received", "en", "Harbourside Vets Group", "", HARB_TT,
      "Your application to Harbourside Vets Group", "2026-05-05 14:02 +0100", f1,
      fmt="alt", html=html_of(f1, "Harbourside Vets Group", "#1d4e89")))

f2 = """Hi Rosalind,

Thanks for applying! We'd like to invite you to a "day in the life" trial at our Canton
practice on Friday 22 May, 09:00-15:00. You'll shadow our current partnerships manager on
two practice visits and finish with a 30-minute chat with me.

Address: Harbourside Vets Canton, 88 Cowbridge Road East, Cardiff CF11 9DX.
Parking is available behind the building. Lunch is on us!

Please reply to confirm you can make it.

Cheers,
Owain Pritchard
Head of Partnerships | Harbourside Vets Group
Mob: 07700 900 662
"""
add(M("harb_invite", "interview_invitation", "en", "Harbourside Vets Group",
      "owain.pritchard@harbourside-vets.example.co.uk", OWAIN,
      "Trial day at Harbourside Vets - Friday 22 May", "2026-05-12 10:30 +0100", f2,
      parent="harb_ack", charset="windows-1252", cte="quoted-printable"))

f3_new = """Hi Rosalind,

We were expecting you at the Canton practice at 9 this morning for your trial day, but you
didn't arrive. I tried to ring you at 09:20 and again at 09:45 and left a voicemail.

I hope everything is OK. If something came up, let me know - I can't promise another date
straight away, but I'd like to hear from you.

Owain"""
f3 = reply(f3_new, "On Tue, 12 May 2026 at 10:30, Owain Pritchard "
           "<owain.pritchard@harbourside-vets.example.co.uk> wrote:", f2)
add(M("harb_missed", "missed_interview_notice", "en", "Harbourside Vets Group",
      "owain.pritchard@harbourside-vets.example.co.uk", OWAIN,
      "Re: Trial day at Harbourside Vets - Friday 22 May", "2026-05-22 10:05 +0100", f3,
      parent="harb_invite"))

f4_new = """Hi Owain,

I'm so sorry. My train from Bristol was cancelled at Severn Tunnel Junction and my phone
died while I was trying to find a replacement bus - I only got your messages at lunchtime.
I'd be very grateful for another chance if you can fit me in.

Apologies again,
Rosalind"""
f4 = reply(f4_new, "On Fri, 22 May 2026 at 10:05, Owain Pritchard "
           "<owain.pritchard@harbourside-vets.example.co.uk> wrote:", f3)
add(M("harb_own_sorry", "other", "en", "", "", ME,
      "Re: Trial day at Harbourside Vets - Friday 22 May", "2026-05-22 13:48 +0100", f4,
      to=[OWAIN], parent="harb_missed"))

f5_new = """Hi Rosalind,

Thanks for explaining - that sounds like a horrible morning. Unfortunately we had two other
trial days that week and we've now offered the role to one of those candidates, who has
accepted. So I'm afraid we won't be taking your application further this time.

I'd genuinely encourage you to apply for future roles with us.

All the best,
Owain"""
f5 = reply(f5_new, "On Fri, 22 May 2026 at 13:48, Rosalind Achterberg-Osei "
           "<rosalind.achterberg@example.co.uk> wrote:", f4)
add(M("harb_no", "rejection", "en", "Harbourside Vets Group",
      "owain.pritchard@harbourside-vets.example.co.uk", OWAIN,
      "Re: Trial day at Harbourside Vets - Friday 22 May", "2026-05-29 09:12 +0100", f5,
      parent="harb_own_sorry", fmt="alt", html=html_of(f5)))

# ------------------------------------------------------------------ G: Thistle Pet Insurance (en)
THISTLE_ASHBY = ("Thistle Pet Insurance", "no-reply@ashbyhq.com")
EILIDH = ("Eilidh MacRae", "eilidh.macrae@thistlepet.example.co.uk")

g1 = """Hi Rosalind,

Thanks for your interest in Thistle Pet Insurance! We've received your application for
Veterinary Partnerships Executive (Edinburgh, hybrid).

What happens next? A member of our People team reviews every application. If we'd like to
move forward, we'll be in touch to arrange a short call. Because we receive a high volume of
applications, we aren't always able to give individual feedback at this stage.

Thanks,
The Thistle People Team
"""
add(M("thistle_ack", "application_received", "en", "Thistle Pet Insurance", "", THISTLE_ASHBY,
      "Thanks for applying to Thistle Pet Insurance", "2026-06-08 12:00 +0100", g1,
      fmt="html", cte="quoted-printable"))
MESSAGES[-1]["body"] = html_of(g1, "Thistle", "#5b2a86")

g2 = """Hi Rosalind,

Thanks for applying for the Veterinary Partnerships Executive role. I'd like to invite you
to a 30-minute video screen with me to talk about the role and your experience.

Please choose a time that works for you here:
https://jobs.ashbyhq.example/thistle/interview/schedule/4d2a9b

Looking forward to speaking!

Eilidh MacRae
Talent Acquisition Lead, Thistle Pet Insurance
"""
add(M("thistle_invite", "interview_invitation", "en", "Thistle Pet Insurance",
      "eilidh.macrae@thistlepet.example.co.uk", ("Eilidh MacRae", "no-reply@ashbyhq.com"),
      "Let's schedule your video screen with Thistle Pet Insurance", "2026-06-15 09:22 +0100",
      g2, reply_to=EILIDH, parent="thistle_ack"))

g3 = """Hi Rosalind,

I'm sorry to cancel at short notice, but I need to cancel our video screen tomorrow
(Thursday 18 June, 14:00) - I've been pulled into our annual audit for the rest of the week.
The calendar hold has been removed.

I'll be back in touch next week about the next steps.

Eilidh
"""
add(M("thistle_cancel", "interview_reschedule_or_cancel", "en", "Thistle Pet Insurance",
      "eilidh.macrae@thistlepet.example.co.uk", EILIDH,
      "Cancelled: Video screen - Thistle Pet Insurance", "2026-06-17 08:10 +0100", g3,
      parent="thistle_invite", fmt="alt",
      ics={"method": "CANCEL", "uid": "ashby-3390-thistle@ashbyhq.example", "seq": 2,
           "summary": "Video screen: Rosalind Achterberg-Osei / Eilidh MacRae",
           "start": "20260618T140000", "end": "20260618T143000", "tz": "Europe/London",
           "location": "Google Meet"}))

g4_new = """Hi Rosalind,

As promised, an update - though not the one I'd hoped to give. Following the audit, the
business has decided to pause all hiring for the Veterinary Partnerships team until 2027,
so we won't be proceeding with your application or rescheduling your screen.

I'm sorry for the inconvenience and thank you for your patience with us.

Best wishes,
Eilidh MacRae
Talent Acquisition Lead
Thistle Pet Insurance | 3 Quartermile Square, Edinburgh EH3 9GL"""
g4 = outlook(g4_new, "Eilidh MacRae <eilidh.macrae@thistlepet.example.co.uk>",
             "17 June 2026 08:10", "Rosalind Achterberg-Osei",
             "Cancelled: Video screen - Thistle Pet Insurance", g3)
add(M("thistle_no", "rejection", "en", "Thistle Pet Insurance",
      "eilidh.macrae@thistlepet.example.co.uk", EILIDH,
      "RE: Cancelled: Video screen - Thistle Pet Insurance", "2026-06-26 16:34 +0100", g4,
      parent="thistle_cancel", charset="windows-1252", cte="8bit"))

# forwarded reference copy kept by the candidate for her records (her own mail)
fw_note = forwarded("Keeping this for my records - Thistle have paused hiring.",
                    "Eilidh MacRae <eilidh.macrae@thistlepet.example.co.uk>",
                    "Fri, 26 Jun 2026 16:34", "RE: Cancelled: Video screen - Thistle Pet Insurance",
                    g4_new)
add(M("own_fwd_thistle", "other", "en", "", "", ME,
      "Fwd: RE: Cancelled: Video screen - Thistle Pet Insurance", "2026-06-26 18:01 +0100",
      fw_note, to=[("Rosalind (jobs folder)", "rosalind.jobs@example.co.uk")]))
