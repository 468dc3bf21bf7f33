"""``harmledger serve`` and ``harmledger users add|list|set-role|disable|enable|delete``: the web
app and its accounts."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from harmledger.cli.app import app
from harmledger.cli.output import FormatOption, HomeOption, console, emit, err_console

users_app = typer.Typer(
    help="Web app accounts: add, list, change a role, disable, enable, delete.",
    no_args_is_help=True,
)
app.add_typer(users_app, name="users")


@app.command("serve")
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    public: Annotated[
        bool, typer.Option(help="Read-only public record: no logins, no sensitive fields.")
    ] = False,
    secure_cookies: Annotated[
        bool, typer.Option(help="Mark the session cookie Secure (serve behind https).")
    ] = False,
    tiles: Annotated[
        str | None,
        typer.Option(
            help="XYZ tile URL laid under the offline map, e.g. "
            "https://tile.example.org/{z}/{x}/{y}.png (default: $HARMLEDGER_MAP_TILES; "
            "'none' for the offline base layer only).",
            show_default=False,
        ),
    ] = None,
    tiles_attribution: Annotated[
        str | None,
        typer.Option(
            help="Credit line the tile server asks for (default: $HARMLEDGER_MAP_ATTRIBUTION).",
            show_default=False,
        ),
    ] = None,
    trust_proxy: Annotated[
        str | None,
        typer.Option(
            help="Addresses of reverse proxies whose X-Forwarded-For/-Proto headers to believe "
            "(comma-separated, e.g. 127.0.0.1). Default: none, so no client can pose as another "
            "address to the login throttle.",
            show_default=False,
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            help="Server processes (each answers requests; use PostgreSQL for more than one, "
            "see README 'Team deployment').",
        ),
    ] = 1,
    home: HomeOption = None,
) -> None:
    """Serve the web app (dashboard, incidents, documents, victims, review, map, admin) and the
    JSON API (OpenAPI docs at /api/docs) on the ledger, with uvicorn.

    Example: harmledger serve --port 8000   (then open http://127.0.0.1:8000/)

    Example: harmledger serve --public --host 0.0.0.0

    Example: harmledger serve --tiles 'http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png'

    Example: HARMLEDGER_DATABASE_URL=postgresql+psycopg://app@db/harmledger harmledger serve
    --workers 4 --host 0.0.0.0
    """
    try:
        import uvicorn
    except ImportError as error:
        from harmledger.errors import MissingExtraError

        raise MissingExtraError(
            "serve needs the 'web' extra: pip install 'harmledger[web]'"
        ) from error
    from harmledger.config import load_settings
    from harmledger.web import create_app

    settings = load_settings(home=home, map_tiles=tiles, map_attribution=tiles_attribution)
    https_only = True if secure_cookies else None
    web_app: Any
    if workers > 1:
        from harmledger.web.serving import FACTORY, export_for_workers

        if settings.is_sqlite:
            err_console.print(
                "harmledger: several workers on SQLite take turns to write; "
                "use PostgreSQL (HARMLEDGER_DATABASE_URL) for a team"
            )
        export_for_workers(settings, public=public, https_only=https_only)
        web_app = FACTORY
    else:
        web_app = create_app(settings, public=public, https_only=https_only)
    mode = "public, read-only" if public else "log in with an account from 'harmledger users add'"
    console.print(f"harmledger: serving on http://{host}:{port}/ ({mode}, {workers} worker(s))")
    if settings.map_tiles:
        console.print(f"map tiles from {settings.map_tiles}", markup=False)
    uvicorn.run(
        web_app,
        factory=workers > 1,
        workers=workers,
        host=host,
        port=port,
        log_level="info",
        proxy_headers=trust_proxy is not None,
        forwarded_allow_ips=trust_proxy or "",
    )


@users_app.command("add")
def users_add(
    username: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option(help="viewer, analyst (reviews) or admin.")] = "viewer",
    password: Annotated[
        str | None,
        typer.Option(
            help="Password (at least 8 characters); prompted for when omitted.",
            envvar="HARMLEDGER_USER_PASSWORD",
        ),
    ] = None,
    home: HomeOption = None,
) -> None:
    """Add a web user; the password is stored only as an argon2 hash.

    Example: harmledger users add amina --role analyst
    """
    from harmledger.store.ledger import open_ledger
    from harmledger.web.users import add_user

    if password is None:
        password = str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))
    with open_ledger(home=home) as ledger:
        user = add_user(ledger, username, password, role)
    console.print(f"added {user['username']} ({user['role']})")


@users_app.command("list")
def users_list(fmt: FormatOption = "table", home: HomeOption = None) -> None:  # type: ignore[assignment]
    """List web users and their roles.

    Example: harmledger users list --format json
    """
    from harmledger.store.ledger import open_ledger
    from harmledger.web.users import list_users

    with open_ledger(home=home) as ledger:
        emit(
            list_users(ledger),
            fmt,
            columns=["username", "role", "disabled", "created_at"],
            title="Users",
        )


@users_app.command("set-role")
def users_set_role(
    username: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Argument(help="viewer, analyst or admin.")],
    home: HomeOption = None,
) -> None:
    """Change a user's role (takes effect on their next request).

    Example: harmledger users set-role amina admin
    """
    from harmledger.store.ledger import open_ledger
    from harmledger.web.users import set_role

    with open_ledger(home=home) as ledger:
        user = set_role(ledger, username, role)
    console.print(f"{user['username']} is now {user['role']}")


@users_app.command("disable")
def users_disable(
    username: Annotated[str, typer.Argument(help="Login name.")],
    home: HomeOption = None,
) -> None:
    """Disable an account: no login, and its open sessions end (the last admin cannot be).

    Example: harmledger users disable amina
    """
    from harmledger.store.ledger import open_ledger
    from harmledger.web.users import set_disabled

    with open_ledger(home=home) as ledger:
        user = set_disabled(ledger, username, True)
    console.print(f"{user['username']} is disabled")


@users_app.command("enable")
def users_enable(
    username: Annotated[str, typer.Argument(help="Login name.")],
    home: HomeOption = None,
) -> None:
    """Enable a disabled account again (same password, same role).

    Example: harmledger users enable amina
    """
    from harmledger.store.ledger import open_ledger
    from harmledger.web.users import set_disabled

    with open_ledger(home=home) as ledger:
        user = set_disabled(ledger, username, False)
    console.print(f"{user['username']} may log in again")


@users_app.command("delete")
def users_delete(
    username: Annotated[str, typer.Argument(help="Login name.")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    home: HomeOption = None,
) -> None:
    """Delete an account for good (the custody log keeps what it did; the last admin stays).

    Example: harmledger users delete amina --yes
    """
    from harmledger.store.ledger import open_ledger
    from harmledger.web.users import delete_user

    if not yes:
        typer.confirm(f"Delete the account {username!r}?", abort=True)
    with open_ledger(home=home) as ledger:
        user = delete_user(ledger, username)
    console.print(f"deleted {user['username']}")
