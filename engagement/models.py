"""Reader engagement: moderated comments, the newsletter with consent records, event
registrations and the contact form."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from home.cache import cached
from home.exports import FormulaSafeExportMixin
from home.summary import SummaryMixin
from home.translation_fields import fixed

from .form_builder import ContactFormBuilder
from .mail import send_contact_submission
from .spam import RATE_LIMIT_MESSAGE, SPAM_FIELDS, rate_limit_exceeded
from .tokens import (
    REGISTRATION_CANCEL_SALT,
    REGISTRATION_CONFIRM_SALT,
    TokenInvalid,
    key_from_confirm_token,
    key_from_unsubscribe_token,
    sign_up_stamp,
)


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("wacht op goedkeuring")
        APPROVED = "approved", _("goedgekeurd")
        REJECTED = "rejected", _("afgewezen")
        SPAM = "spam", _("spam")

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina"),
        on_delete=models.CASCADE,
        related_name="engagement_comments",
    )
    name = models.CharField(_("naam"), max_length=100)
    # Never shown to readers: only moderators see it.
    email = models.EmailField(_("e-mail"), max_length=254)
    body = models.TextField(_("reactie"), max_length=3000)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    language = models.CharField(_("taal"), max_length=10, default="nl")
    created_at = models.DateTimeField(_("geplaatst op"), default=timezone.now)
    moderated_at = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)

    panels = [
        FieldPanel("status"),
        FieldPanel("name"),
        FieldPanel("email"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["page", "status", "created_at"])]

    def __str__(self):
        return _("%(name)s over “%(page)s”") % {"name": self.name, "page": self.page.title}

    @property
    def excerpt(self):
        return self.body if len(self.body) <= 80 else self.body[:79] + "…"


class ConsentText(models.Model):
    """A version of the newsletter consent text. Versions in use are frozen, so every
    subscriber's consent can be shown word for word."""

    version = models.PositiveIntegerField(_("versie"), unique=True, editable=False)
    text = models.TextField(_("tekst (Nederlands)"), max_length=1000)
    text_en = models.TextField(_("tekst (Engels)"), max_length=1000)
    created_at = models.DateTimeField(_("aangemaakt op"), default=timezone.now, editable=False)

    panels = [FieldPanel("text"), FieldPanel("text_en")]

    class Meta:
        verbose_name = _("toestemmingstekst")
        verbose_name_plural = _("toestemmingsteksten")
        ordering = ["-version"]

    def __str__(self):
        return _("Versie %(version)s") % {"version": self.version}

    def save(self, *args, **kwargs):
        if self.version is None:
            with transaction.atomic():
                last = ConsentText.objects.select_for_update().order_by("-version").first()
                self.version = (last.version if last else 0) + 1
                return super().save(*args, **kwargs)
        return super().save(*args, **kwargs)

    @classmethod
    def current(cls):
        """The version shown to new subscribers; every footer shows it, so it is cached
        (engagement/apps.py renews the cache when a version is saved)."""
        return cached("consent-text", lambda: cls.objects.order_by("-version").first())

    def text_for(self, language):
        return self.text_en if language == "en" and self.text_en else self.text

    def clean(self):
        super().clean()
        if self.pk and self.subscribers.exists():
            raise ValidationError(
                _("Deze versie is al aan abonnees getoond en blijft zoals ze was. Maak een nieuwe versie.")
            )


class Subscriber(models.Model):
    """A newsletter sign-up. Only confirmed addresses receive the newsletter."""

    class Status(models.TextChoices):
        PENDING = "pending", _("nog niet bevestigd")
        CONFIRMED = "confirmed", _("bevestigd")
        UNSUBSCRIBED = "unsubscribed", _("afgemeld")

    email = models.EmailField(_("e-mail"), max_length=254, unique=True)
    # Signed into the links in every mail; unguessable, and never reused for another address.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    language = models.CharField(_("taal"), max_length=10, default="nl")
    signed_up_at = models.DateTimeField(_("aangemeld op"), default=timezone.now)
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("aangemeld via pagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_url = models.CharField(_("aangemeld via adres"), max_length=500, blank=True)
    consent_text = models.ForeignKey(
        ConsentText,
        verbose_name=_("toestemmingstekst"),
        on_delete=models.PROTECT,
        related_name="subscribers",
    )
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("afgemeld op"), null=True, blank=True)

    class Meta:
        verbose_name = _("abonnee nieuwsbrief")
        verbose_name_plural = _("abonnees nieuwsbrief")
        ordering = ["-signed_up_at"]

    def __str__(self):
        return self.email

    def confirm(self):
        self.status = self.Status.CONFIRMED
        self.confirmed_at = timezone.now()
        self.unsubscribed_at = None
        self.save(update_fields=["status", "confirmed_at", "unsubscribed_at"])

    def unsubscribe(self):
        self.status = self.Status.UNSUBSCRIBED
        self.unsubscribed_at = timezone.now()
        self.save(update_fields=["status", "unsubscribed_at"])

    @classmethod
    def for_confirm_token(cls, token):
        """The subscriber a confirmation link names; TokenExpired or TokenInvalid otherwise,
        also when the link belongs to an earlier sign-up of the same address."""
        key, signed_up = key_from_confirm_token(token)
        subscriber = cls._for_key(key)
        if signed_up != sign_up_stamp(subscriber.signed_up_at):
            raise TokenInvalid
        return subscriber

    @classmethod
    def for_unsubscribe_token(cls, token):
        return cls._for_key(key_from_unsubscribe_token(token))

    @classmethod
    def _for_key(cls, key):
        # Only keys we signed get here, so the key is a well-formed UUID; the record may be gone.
        subscriber = cls.objects.filter(key=key).first()
        if subscriber is None:
            raise TokenInvalid
        return subscriber


class Registration(models.Model):
    """A reader's registration for an event. It takes a place (or a spot on the waiting list)
    only once the reader confirms it through the emailed link; an address registers once."""

    class Status(models.TextChoices):
        PENDING = "pending", _("nog niet bevestigd")
        CONFIRMED = "confirmed", _("aangemeld")
        WAITING_LIST = "waiting", _("wachtlijst")
        CANCELLED = "cancelled", _("afgemeld")

    # Any page type with EventRegistrationMixin (engagement/pages.py) takes registrations.
    event = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("evenement"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("naam"), max_length=100)
    email = models.EmailField(_("e-mail"), max_length=254)
    organisation = models.CharField(_("organisatie"), max_length=160, blank=True)
    remarks = models.TextField(_("opmerkingen"), max_length=1000, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    language = models.CharField(_("taal"), max_length=10, default="nl")
    # Signed into the confirmation and cancel links; unguessable.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("aangemeld op"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("afgemeld op"), null=True, blank=True)

    panels = [
        FieldPanel("event"),
        FieldPanel("status"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("email")]),
        FieldPanel("organisation"),
        FieldPanel("remarks"),
    ]

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["event", "created_at"]
        constraints = [
            models.UniqueConstraint(fields=["event", "email"], name="engagement_one_registration_per_address")
        ]

    def __str__(self):
        return _("%(name)s voor “%(event)s”") % {"name": self.name, "event": self.event.title}

    @property
    def takes_part(self):
        return self.status in (self.Status.CONFIRMED, self.Status.WAITING_LIST)

    @classmethod
    def for_confirm_token(cls, token):
        """The registration a confirmation link names; TokenExpired or TokenInvalid otherwise,
        also for the link of an earlier registration of the same address."""
        max_age = settings.REGISTRATION_CONFIRM_HOURS * 3600
        key, made = key_from_confirm_token(token, salt=REGISTRATION_CONFIRM_SALT, max_age=max_age)
        registration = cls._for_key(key)
        if made != sign_up_stamp(registration.created_at):
            raise TokenInvalid
        return registration

    @classmethod
    def for_cancel_token(cls, token):
        return cls._for_key(key_from_unsubscribe_token(token, salt=REGISTRATION_CANCEL_SALT))

    @classmethod
    def _for_key(cls, key):
        registration = cls.objects.select_related("event").filter(key=key).first()
        if registration is None:
            raise TokenInvalid
        return registration


class NewsletterPage(SummaryMixin, Page):
    """The page with the newsletter sign-up form; the footer has the same form."""

    intro = RichTextField(
        _("introductie"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Waar de nieuwsbrief over gaat en hoe vaak hij verschijnt."),
    )
    # A sign-up form has nothing to read: not a search result unless an editor says so.
    hide_from_search = models.BooleanField(
        _("niet tonen in zoekresultaten"),
        default=True,
        help_text=_("Aangevinkt verschijnt deze pagina niet in de zoekresultaten en suggesties van de site."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count_per_parent = 1
    summary_text_field = "intro"

    class Meta:
        verbose_name = _("nieuwsbriefpagina")
        verbose_name_plural = _("nieuwsbriefpagina's")


class ContactFormField(TranslatableMixin, AbstractFormField):
    """Translatable, so the English form gets English labels, help texts and choices."""

    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    # The field's key in submissions and mails stays the same in every language.
    override_translatable_fields = fixed("clean_name")

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]


class FormulaSafeSubmissionsListView(FormulaSafeExportMixin, SubmissionsListView):
    pass


class ContactPage(SummaryMixin, AbstractEmailForm):
    """A contact form made with the form builder; submissions are stored and emailed."""

    submissions_list_view_class = FormulaSafeSubmissionsListView

    intro = RichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(
        _("bedankt-tekst"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Wat de bezoeker ziet na het versturen."),
    )

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", heading=_("Formuliervelden"), label=_("Formulierveld")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    # Messages from the English form go to the same inbox.
    override_translatable_fields = fixed("to_address")
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    summary_text_field = "intro"
    schema_type = "ContactPage"

    class Meta:
        verbose_name = _("contactformulier")
        verbose_name_plural = _("contactformulieren")

    # The fields are part of the published page: kept with it per content generation.
    serving_properties = ("form_field_list",)

    @cached_property
    def form_field_list(self):
        return list(self.form_fields.all())

    def get_form_fields(self):
        return self.form_field_list

    def get_form_class(self):
        return ContactFormBuilder(self.get_form_fields()).get_form_class()

    def get_recipients(self):
        addresses = self.to_address or ",".join(settings.CONTACT_FORM_RECIPIENTS)
        return [address.strip() for address in addresses.split(",") if address.strip()]

    def process_form_submission(self, form):
        submission = self.get_submission_class().objects.create(
            form_data={k: v for k, v in form.cleaned_data.items() if k not in SPAM_FIELDS}, page=self
        )
        if recipients := self.get_recipients():
            send_contact_submission(self, form, recipients)
        return submission

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        status = 400
        if form.is_honeypot_filled:
            # Bots get the thank-you page; nothing is stored or sent.
            return self.render_landing_page(request, None, *args, **kwargs)
        if rate_limit_exceeded(request, "contact"):
            form.is_valid()
            form.add_error(None, RATE_LIMIT_MESSAGE)
            status = 429
        elif form.is_valid():
            submission = self.process_form_submission(form)
            return self.render_landing_page(request, submission, *args, **kwargs)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)
